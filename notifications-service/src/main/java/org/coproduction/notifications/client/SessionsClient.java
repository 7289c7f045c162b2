package org.coproduction.notifications.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coproduction.platform.problem.DependencyUnavailableException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The only way into sessions-service: timeout, retry with backoff (none on an open circuit) and a circuit breaker;
 * "down" surfaces as {@link DependencyUnavailableException}.
 */
@ApplicationScoped
public class SessionsClient {

    public static final String NAME = "sessions-service";

    private final SessionsRestClient client;

    public SessionsClient(@RestClient SessionsRestClient client) {
        this.client = client;
    }

    /** At most 1000 ids per call (the contract's limit); callers batch. */
    @Timeout(20_000)
    @Retry(maxRetries = 2, delay = 300, jitter = 200, abortOn = CircuitBreakerOpenException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.6, delay = 15_000)
    @Fallback(fallbackMethod = "agendasUnavailable")
    public AgendaResult agendas(List<UUID> participantIds, Instant since) {
        return client.agendas(new AgendaRequest(participantIds, since));
    }

    /** The session's iCalendar file; empty when sessions-service no longer knows the session. */
    @Timeout(5_000)
    @Retry(maxRetries = 2, delay = 300, jitter = 200, abortOn = CircuitBreakerOpenException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.6, delay = 15_000)
    @Fallback(fallbackMethod = "calendarUnavailable")
    public Optional<String> calendar(UUID sessionId) {
        try {
            return Optional.ofNullable(client.calendar(sessionId));
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** One page of the sessions starting in [from, to) (the reminder job pages through them). */
    @Timeout(20_000)
    @Retry(maxRetries = 2, delay = 300, jitter = 200, abortOn = CircuitBreakerOpenException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.6, delay = 15_000)
    @Fallback(fallbackMethod = "sessionsUnavailable")
    public SessionPage sessions(Instant from, Instant to, int page, int size) {
        return client.sessions(from.toString(), to.toString(), page, size);
    }

    SessionPage sessionsUnavailable(Instant from, Instant to, int page, int size) {
        throw new DependencyUnavailableException(NAME);
    }

    AgendaResult agendasUnavailable(List<UUID> participantIds, Instant since) {
        throw new DependencyUnavailableException(NAME);
    }

    Optional<String> calendarUnavailable(UUID sessionId) {
        throw new DependencyUnavailableException(NAME);
    }
}
