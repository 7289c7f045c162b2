package org.coproduction.participants.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.coproduction.participants.api.SessionsExport;
import org.coproduction.platform.problem.DependencyUnavailableException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The only way into sessions-service: timeout, retry with backoff (none on an open circuit) and a circuit breaker;
 * "down" (or any answer but the expected one) surfaces as {@link DependencyUnavailableException}.
 */
@ApplicationScoped
public class SessionsClient {

    public static final String NAME = "sessions-service";

    private final SessionsRestClient client;

    public SessionsClient(@RestClient SessionsRestClient client) {
        this.client = client;
    }

    /** Asks sessions-service to erase the person; returns only once it answered 204. */
    @Timeout(10_000)
    @Retry(maxRetries = 1, delay = 300, jitter = 200, abortOn = CircuitBreakerOpenException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.6, delay = 15_000)
    @Fallback(fallbackMethod = "eraseUnavailable")
    public void erase(UUID participantId) {
        try (Response response = client.erase(new ErasureRequest(participantId))) {
            Erasures.requireNoContent(response, NAME);
        }
    }

    /** Everything sessions-service holds on the person. */
    @Timeout(10_000)
    @Retry(maxRetries = 2, delay = 300, jitter = 200, abortOn = CircuitBreakerOpenException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.6, delay = 15_000)
    @Fallback(fallbackMethod = "exportUnavailable")
    public SessionsExport export(UUID participantId) {
        return Erasures.requireAnswer(client.export(participantId), NAME);
    }

    void eraseUnavailable(UUID participantId) {
        throw new DependencyUnavailableException(NAME);
    }

    SessionsExport exportUnavailable(UUID participantId) {
        throw new DependencyUnavailableException(NAME);
    }
}
