package org.coproduction.notifications.client;

import jakarta.enterprise.context.ApplicationScoped;
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
 * The only way into participants-service: timeout, retry with backoff (none on an open circuit) and a circuit
 * breaker; "down" surfaces as {@link DependencyUnavailableException} so callers can let the work wait.
 */
@ApplicationScoped
public class ParticipantsClient {

    public static final String NAME = "participants-service";

    private final ParticipantsRestClient client;

    public ParticipantsClient(@RestClient ParticipantsRestClient client) {
        this.client = client;
    }

    @Timeout(10_000)
    @Retry(maxRetries = 2, delay = 300, jitter = 200, abortOn = CircuitBreakerOpenException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.6, delay = 15_000)
    @Fallback(fallbackMethod = "activePageUnavailable")
    public ParticipantPage activePage(int page, int size) {
        return client.list("ACTIVE", page, size);
    }

    /** At most 1000 ids per call (the contract's limit); callers chunk. */
    @Timeout(10_000)
    @Retry(maxRetries = 2, delay = 300, jitter = 200, abortOn = CircuitBreakerOpenException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.6, delay = 15_000)
    @Fallback(fallbackMethod = "lookupUnavailable")
    public LookupResult lookup(List<UUID> ids) {
        return client.lookup(new LookupRequest(ids));
    }

    /** The person registered with this address (exact, ignoring case), if anyone is. */
    @Timeout(10_000)
    @Retry(maxRetries = 2, delay = 300, jitter = 200, abortOn = CircuitBreakerOpenException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.6, delay = 15_000)
    @Fallback(fallbackMethod = "byEmailUnavailable")
    public Optional<Participant> byEmail(String email) {
        return client.byEmail(email, 1).itemsOrEmpty().stream().findFirst();
    }

    Optional<Participant> byEmailUnavailable(String email) {
        throw new DependencyUnavailableException(NAME);
    }

    ParticipantPage activePageUnavailable(int page, int size) {
        throw new DependencyUnavailableException(NAME);
    }

    LookupResult lookupUnavailable(List<UUID> ids) {
        throw new DependencyUnavailableException(NAME);
    }
}
