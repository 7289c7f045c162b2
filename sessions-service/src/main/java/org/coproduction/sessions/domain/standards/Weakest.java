package org.coproduction.sessions.domain.standards;

/** The indicator with the lowest figure, and what to do about it. */
public record Weakest(Standard standard, String code, String advice) {}
