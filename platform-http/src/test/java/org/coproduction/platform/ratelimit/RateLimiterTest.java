package org.coproduction.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.coproduction.platform.problem.TooManyRequestsException;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static RateLimitConfig.Limit limit(int requests, Duration window) {
        return new RateLimitConfig.Limit() {
            @Override
            public int requests() {
                return requests;
            }

            @Override
            public Duration window() {
                return window;
            }
        };
    }

    private static RateLimitConfig config(boolean enabled) {
        return new RateLimitConfig() {
            @Override
            public boolean enabled() {
                return enabled;
            }

            @Override
            public Limit fallback() {
                return limit(1, Duration.ofSeconds(10));
            }

            @Override
            public Map<String, Limit> limits() {
                return Map.of("search", limit(2, Duration.ofSeconds(30)));
            }
        };
    }

    /** A clock the test moves. */
    private static final class Moving extends Clock {
        Instant now = Instant.parse("2027-03-01T10:00:00Z");

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
    }

    @Test
    void countsPerNameAndSubjectAndStartsAgainWhenTheWindowEnds() {
        Moving clock = new Moving();
        RateLimiter limiter = new RateLimiter(config(true), clock);
        limiter.acquire("search", "ann");
        limiter.acquire("search", "ann");
        clock.now = clock.now.plusMillis(10_500);
        assertThatThrownBy(() -> limiter.acquire("search", "ann"))
                .isInstanceOfSatisfying(
                        TooManyRequestsException.class,
                        e -> assertThat(e.retryAfterSeconds()).isEqualTo(20));
        limiter.acquire("search", "bob");
        limiter.acquire("other", "ann");
        assertThatThrownBy(() -> limiter.acquire("other", "ann")).isInstanceOf(TooManyRequestsException.class);
        clock.now = clock.now.plusSeconds(20);
        limiter.acquire("search", "ann");
    }

    @Test
    void disabledLimitsCountNothing() {
        RateLimiter limiter = new RateLimiter(config(false), new Moving());
        for (int i = 0; i < 10; i++) {
            limiter.acquire("search", "ann");
        }
        assertThat(limiter.tracked()).isZero();
    }

    @Test
    void expiredWindowsAreSweptAsTheMapGrows() {
        Moving clock = new Moving();
        RateLimiter limiter = new RateLimiter(config(true), clock);
        for (int i = 0; i <= RateLimiter.SWEEP_ABOVE; i++) {
            limiter.acquire("search", "subject-" + i);
        }
        assertThat(limiter.tracked()).isEqualTo(RateLimiter.SWEEP_ABOVE + 1);
        clock.now = clock.now.plusSeconds(31);
        limiter.acquire("search", "late");
        assertThat(limiter.tracked()).isEqualTo(1);
        limiter.reset();
        assertThat(limiter.tracked()).isZero();
    }

    @Test
    void theRetryAfterIsAtLeastOneSecond() {
        assertThat(new TooManyRequestsException(0).retryAfterSeconds()).isEqualTo(1);
        assertThat(new TooManyRequestsException(0).getMessage()).endsWith("1 second.");
    }
}
