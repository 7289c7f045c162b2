package org.coproduction.portal.signin;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import org.coproduction.portal.config.PortalConfig;

/**
 * How many links one client address may ask for in an hour (notifications-service also limits per email address, but
 * sees every request as coming from the portal). In memory, per instance; the oldest addresses are forgotten first.
 */
@ApplicationScoped
public class LinkRequestLimiter {

    private static final Duration WINDOW = Duration.ofHours(1);
    private static final int ADDRESSES_KEPT = 10_000;

    private final int perHour;
    private final Clock clock;
    private final Map<String, Deque<Instant>> recent = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
            return size() > ADDRESSES_KEPT;
        }
    };

    public LinkRequestLimiter(PortalConfig config, Clock clock) {
        this.perHour = config.linkRequestsPerHour();
        this.clock = clock;
    }

    /** True (and counted) if this address may ask for another link now. */
    public synchronized boolean tryAcquire(String clientAddress) {
        Instant now = clock.instant();
        Deque<Instant> times = recent.computeIfAbsent(clientAddress, a -> new ArrayDeque<>());
        while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
            times.pollFirst();
        }
        if (times.size() >= perHour) {
            return false;
        }
        times.addLast(now);
        return true;
    }
}
