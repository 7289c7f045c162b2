package org.coproduction.participants.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * A value worked out at most once per {@code maxAge}, however often it is read: a gauge that queries the database
 * reads it, so a burst of scrapes costs one query. Only one reader works it out at a time; the others wait for it.
 */
public final class Cached<T> {

    private final Supplier<T> source;
    private final Duration maxAge;
    private final Clock clock;
    private T value;
    private Instant at;

    public Cached(Supplier<T> source, Duration maxAge, Clock clock) {
        this.source = source;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    public synchronized T get() {
        Instant now = clock.instant();
        if (at == null || !now.isBefore(at.plus(maxAge))) {
            value = source.get();
            at = now;
        }
        return value;
    }
}
