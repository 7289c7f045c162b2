package org.coproduction.sessions.domain.slots;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A slot search: candidate starts are {@code from}, {@code from + step}, ... while the slot still ends by {@code to}.
 *
 * @param now the moment notice periods are measured from
 */
public record SlotQuery(
        Instant from,
        Instant to,
        Duration duration,
        Duration step,
        Set<UUID> required,
        int minAttendees,
        int limit,
        Instant now) {
    public SlotQuery {
        required = Set.copyOf(required);
        if (duration.isZero() || duration.isNegative() || step.isZero() || step.isNegative()) {
            throw new IllegalArgumentException("duration and step must be positive");
        }
    }

    /** How many candidate starts this query has; 0 when the range is shorter than the duration. */
    public int candidateCount() {
        long span = to.getEpochSecond() - from.getEpochSecond() - duration.getSeconds();
        return span < 0 ? 0 : (int) Math.min(Integer.MAX_VALUE, span / step.getSeconds() + 1);
    }
}
