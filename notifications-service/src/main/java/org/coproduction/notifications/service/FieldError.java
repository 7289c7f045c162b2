package org.coproduction.notifications.service;

/** One bad field of a request, by its JSON path ("participantIds[2]", "size"). */
public record FieldError(String field, String message) {
}
