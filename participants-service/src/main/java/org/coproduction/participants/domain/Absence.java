package org.coproduction.participants.domain;

import java.time.Instant;

/** A period (UTC instants, end exclusive) when the participant cannot take part. */
public record Absence(Instant from, Instant to, String reason) {}
