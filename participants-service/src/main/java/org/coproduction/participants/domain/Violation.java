package org.coproduction.participants.domain;

/** One broken rule on one field, named by its JSON path (e.g. {@code availability.weekly[1].end}). */
public record Violation(String field, String message) {}
