package org.coproduction.notifications.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A digest found due, about to be claimed: one row per person and period. */
public record NewDigest(UUID participantId, String periodKey, LocalDate periodDate, Instant contentSince,
        Instant contentUntil) {
}
