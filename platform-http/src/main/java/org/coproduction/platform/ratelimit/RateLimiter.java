package org.coproduction.platform.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.coproduction.platform.problem.TooManyRequestsException;

/**
 * Counts requests per limit name and token subject in fixed windows, in this instance's memory (a restart or another
 * instance starts afresh: these limits stop abuse, they are not quotas). A subject over its limit gets a
 * {@link TooManyRequestsException} saying how long until its window ends. Expired windows are swept as the map grows,
 * so the memory held is bounded by the callers of the last window.
 */
@ApplicationScoped
public class RateLimiter {

    /** Above this many counted windows, expired ones are swept before a new one is added. */
    static final int SWEEP_ABOVE = 10_000;

    private final RateLimitConfig config;
    private final Clock clock;
    private final Map<Key, Window> windows = new ConcurrentHashMap<>();

    @Inject
    public RateLimiter(RateLimitConfig config) {
        this(config, Clock.systemUTC());
    }

    RateLimiter(RateLimitConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** Counts one request of {@code name} by {@code subject}, or refuses it when the subject is over the limit. */
    public void acquire(String name, String subject) {
        if (!config.enabled()) {
            return;
        }
        RateLimitConfig.Limit limit = limitOf(name);
        Instant now = clock.instant();
        if (windows.size() > SWEEP_ABOVE) {
            windows.values().removeIf(w -> !now.isBefore(w.end));
        }
        Window counted = windows.compute(new Key(name, subject), (key, window) -> {
            if (window == null || !now.isBefore(window.end)) {
                return new Window(now.plus(limit.window()), 1);
            }
            return new Window(window.end, window.count + 1);
        });
        if (counted.count > limit.requests()) {
            Duration left = Duration.between(now, counted.end);
            long seconds = left.toSeconds() + (left.toNanosPart() > 0 ? 1 : 0);
            throw new TooManyRequestsException(seconds);
        }
    }

    RateLimitConfig.Limit limitOf(String name) {
        RateLimitConfig.Limit named = config.limits().get(name);
        return named != null ? named : config.fallback();
    }

    /** Forgets every count (tests). */
    public void reset() {
        windows.clear();
    }

    int tracked() {
        return windows.size();
    }

    private record Key(String name, String subject) {}

    private record Window(Instant end, int count) {}
}
