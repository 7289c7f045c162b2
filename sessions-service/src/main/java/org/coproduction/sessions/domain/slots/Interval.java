package org.coproduction.sessions.domain.slots;

import java.time.Instant;

/** A half-open span of time [start, end). */
public record Interval(Instant start, Instant end) {
    public Interval {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("interval end must be after its start");
        }
    }
}
