package org.coproduction.sessions.client;

import io.smallrye.faulttolerance.api.CircuitBreakerName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.coproduction.platform.problem.DependencyUnavailableException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * notifications-service behind timeout and circuit breaker. No retry here: the outbox job owns retrying
 * (with backoff, across restarts), so a slow service never holds a job thread for long.
 */
@ApplicationScoped
public class NotificationsClient {
    public static final String SERVICE = "notifications-service";
    private final NotificationsRestClient rest;

    public NotificationsClient(@RestClient NotificationsRestClient rest) {
        this.rest = rest;
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS)
    @CircuitBreakerName("notifications-service")
    @Fallback(fallbackMethod = "unavailable")
    public NoticeAccepted send(UUID idempotencyKey, Notice notice) {
        return rest.send(idempotencyKey.toString(), notice);
    }

    NoticeAccepted unavailable(UUID idempotencyKey, Notice notice, Throwable cause) {
        throw new Unavailable(cause);
    }

    /**
     * notifications-service did not take the notice. Says why in a few words (the failure's type and HTTP status,
     * never its message) so the outbox can keep it beside the notice for an operator.
     */
    public static final class Unavailable extends DependencyUnavailableException {
        private final String reason;

        Unavailable(Throwable cause) {
            super(SERVICE);
            String text = cause == null ? "unknown" : cause.getClass().getSimpleName();
            if (cause instanceof WebApplicationException w && w.getResponse() != null) {
                text += " HTTP " + w.getResponse().getStatus();
            }
            this.reason = text;
        }

        public String reason() {
            return reason;
        }
    }
}
