package org.coproduction.notifications.domain;

import java.time.Duration;

/** Exponential backoff between send attempts: base, 2 x base, 4 x base, ... capped at max. */
public record Backoff(Duration base, Duration max) {

    /** Delay before the next attempt, after {@code attemptsMade} failed attempts (at least 1). */
    public Duration after(int attemptsMade) {
        int exponent = Math.max(0, Math.min(attemptsMade - 1, 20));
        Duration delay = base.multipliedBy(1L << exponent);
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
