package org.coproduction.notifications.run;

import java.time.Instant;
import java.util.UUID;

/** A run as ops see it: what it found due and what became of each. */
public record RunCounts(
        UUID id,
        String status,
        boolean forced,
        String trigger,
        long due,
        long sent,
        long failed,
        long skipped,
        long waiting,
        String error,
        Instant createdAt,
        Instant finishedAt) {}
