package org.coproduction.sessions.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CachedTest {

    private Instant now = Instant.parse("2027-03-01T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void aValueIsWorkedOutAgainOnlyOnceItIsOlderThanItsMaxAge() {
        AtomicInteger reads = new AtomicInteger();
        Cached<Integer> cached = new Cached<>(reads::incrementAndGet, Duration.ofSeconds(15), clock);

        assertThat(cached.get()).isEqualTo(1);
        assertThat(cached.get()).isEqualTo(1);
        now = now.plusSeconds(14);
        assertThat(cached.get()).as("a burst of scrapes costs one read").isEqualTo(1);
        now = now.plusSeconds(1);
        assertThat(cached.get()).isEqualTo(2);
        assertThat(reads).hasValue(2);
    }

    @Test
    void aMaxAgeOfZeroReadsEveryTime() {
        AtomicInteger reads = new AtomicInteger();
        Cached<Integer> cached = new Cached<>(reads::incrementAndGet, Duration.ZERO, clock);

        cached.get();
        cached.get();

        assertThat(reads).hasValue(2);
    }
}
