package org.coproduction.sessions.client;

import io.smallrye.faulttolerance.api.CircuitBreakerName;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * notifications-service's delivery summary behind timeout, retry and circuit breaker. Down means empty, never an
 * error: the standards page shows those figures as not available rather than failing.
 */
@ApplicationScoped
public class DeliverySummaryClient {
    /** notifications-service takes at most this many people in one call. */
    public static final int MAX_PEOPLE = 1000;

    private final DeliverySummaryRestClient rest;

    public DeliverySummaryClient(@RestClient DeliverySummaryRestClient rest) {
        this.rest = rest;
    }

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200, jitter = 100, abortOn = CircuitBreakerOpenException.class)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS)
    @CircuitBreakerName("notifications-service-delivery-summary")
    @Fallback(fallbackMethod = "unavailable")
    public Optional<DeliverySummary> summary(List<UUID> participantIds, Instant from, Instant to) {
        DeliverySummary s = rest.summary(new DeliverySummaryRequest(participantIds, from, to));
        return Optional.ofNullable(s);
    }

    Optional<DeliverySummary> unavailable(List<UUID> participantIds, Instant from, Instant to, Throwable cause) {
        return Optional.empty();
    }
}
