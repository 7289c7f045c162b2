package org.coproduction.participants.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.coproduction.participants.api.NotificationsExport;
import org.coproduction.platform.problem.DependencyUnavailableException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The only way into notifications-service: timeout, retry with backoff (none on an open circuit) and a circuit
 * breaker; "down" (or any answer but the expected one) surfaces as {@link DependencyUnavailableException}.
 */
@ApplicationScoped
public class NotificationsClient {

    public static final String NAME = "notifications-service";

    private final NotificationsRestClient client;

    public NotificationsClient(@RestClient NotificationsRestClient client) {
        this.client = client;
    }

    /** Asks notifications-service to erase the person; returns only once it answered 204. */
    @Timeout(10_000)
    @Retry(maxRetries = 1, delay = 300, jitter = 200, abortOn = CircuitBreakerOpenException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.6, delay = 15_000)
    @Fallback(fallbackMethod = "eraseUnavailable")
    public void erase(UUID participantId) {
        try (Response response = client.erase(new ErasureRequest(participantId))) {
            Erasures.requireNoContent(response, NAME);
        }
    }

    /** Every mail sent or to be sent to the person, without bodies. */
    @Timeout(10_000)
    @Retry(maxRetries = 2, delay = 300, jitter = 200, abortOn = CircuitBreakerOpenException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.6, delay = 15_000)
    @Fallback(fallbackMethod = "exportUnavailable")
    public NotificationsExport export(UUID participantId) {
        return Erasures.requireAnswer(client.export(participantId), NAME);
    }

    /** Asks for the confirmation link to be mailed to the new address (202). */
    @Timeout(5_000)
    @Retry(maxRetries = 2, delay = 300, jitter = 200, abortOn = CircuitBreakerOpenException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.6, delay = 15_000)
    @Fallback(fallbackMethod = "confirmEmailUnavailable")
    public void confirmEmail(UUID participantId, String address, String token, String language) {
        try (Response response =
                client.confirmEmail(new EmailConfirmationNotice(participantId, address, token, language))) {
            if (response.getStatus() / 100 != 2) {
                throw new IllegalStateException("Unexpected status " + response.getStatus());
            }
        }
    }

    /**
     * Tells a mentee and their mentor of their pairing; returns only once notifications-service accepted it (2xx).
     * The key makes a retry after a lost answer harmless: the same key is never sent twice.
     */
    @Timeout(10_000)
    @Retry(maxRetries = 1, delay = 300, jitter = 200, abortOn = CircuitBreakerOpenException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.6, delay = 15_000)
    @Fallback(fallbackMethod = "mentorPairedUnavailable")
    public void mentorPaired(UUID idempotencyKey, UUID menteeId, UUID mentorId) {
        try (Response response = client.notice(idempotencyKey.toString(), MentorPairedNotice.of(menteeId, mentorId))) {
            if (response.getStatus() / 100 != 2) {
                throw new IllegalStateException(NAME + " answered " + response.getStatus() + " to a notice");
            }
        }
    }

    void mentorPairedUnavailable(UUID idempotencyKey, UUID menteeId, UUID mentorId) {
        throw new DependencyUnavailableException(NAME);
    }

    void eraseUnavailable(UUID participantId) {
        throw new DependencyUnavailableException(NAME);
    }

    NotificationsExport exportUnavailable(UUID participantId) {
        throw new DependencyUnavailableException(NAME);
    }

    void confirmEmailUnavailable(UUID participantId, String address, String token, String language) {
        throw new DependencyUnavailableException(NAME);
    }
}
