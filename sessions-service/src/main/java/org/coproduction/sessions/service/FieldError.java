package org.coproduction.sessions.service;

/** One bad input field: its JSON path ("arrangements.interpretation[0]") and what is wrong, in plain words. */
public record FieldError(String field, String message) {
}
