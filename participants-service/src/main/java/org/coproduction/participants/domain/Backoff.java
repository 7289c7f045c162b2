package org.coproduction.participants.domain;

import java.time.Duration;

/** How long the outbox waits before trying a target again: doubling from {@code first}, never more than {@code max}. */
public final class Backoff {

    private Backoff() {}

    public static Duration after(int attempts, Duration first, Duration max) {
        if (attempts <= 1) {
            return first.compareTo(max) > 0 ? max : first;
        }
        int doublings = Math.min(attempts - 1, 30);
        Duration wait = first.multipliedBy(1L << doublings);
        return wait.isNegative() || wait.compareTo(max) > 0 ? max : wait;
    }
}
