package org.coproduction.sessions.client;

import io.smallrye.faulttolerance.api.CircuitBreakerName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.coproduction.platform.problem.DependencyUnavailableException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * participants-service behind timeout, retry and circuit breaker. Everyone needed by one request is asked
 * for in a single batched lookup, never one call per person. When the service is down the caller gets a
 * {@link DependencyUnavailableException} (503) instead of waiting or failing with 500.
 */
@ApplicationScoped
public class ParticipantsClient {
    public static final String SERVICE = "participants-service";
    private final ParticipantsRestClient rest;
    private final ParticipantListRestClient list;

    public ParticipantsClient(@RestClient ParticipantsRestClient rest, @RestClient ParticipantListRestClient list) {
        this.rest = rest;
        this.list = list;
    }

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    // An open circuit is not worth retrying: it fails fast by design.
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = CircuitBreakerOpenException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    @CircuitBreakerName("participants-service")
    @Fallback(fallbackMethod = "unavailable")
    public ParticipantDirectory lookup(Collection<UUID> ids) {
        Set<UUID> unique = new LinkedHashSet<>(ids);
        if (unique.isEmpty()) {
            return new ParticipantDirectory(Map.of(), List.of());
        }
        LookupResponse response = rest.lookup(new LookupRequest(new ArrayList<>(unique)));
        Map<UUID, ParticipantView> found = new LinkedHashMap<>();
        if (response.items() != null) {
            for (ParticipantView p : response.items()) {
                if (p != null && p.id() != null && unique.contains(p.id())) {
                    found.put(p.id(), p);
                }
            }
        }
        // Whatever was neither returned nor listed as missing is treated as missing too.
        List<UUID> missing =
                unique.stream().filter(id -> !found.containsKey(id)).toList();
        return new ParticipantDirectory(found, missing);
    }

    ParticipantDirectory unavailable(Collection<UUID> ids, Throwable cause) {
        throw new DependencyUnavailableException(SERVICE);
    }

    /** One page of the ACTIVE people who offered to mentor or buddy someone (asked with this service's token). */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = CircuitBreakerOpenException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    // Its own circuit (names are unique per method); it opens with the same service down.
    @CircuitBreakerName("participants-service-mentors")
    @Fallback(fallbackMethod = "mentorsUnavailable")
    public ParticipantPage mentors(int page, int size) {
        return list.list(Boolean.TRUE, "ACTIVE", null, page, size);
    }

    ParticipantPage mentorsUnavailable(int page, int size, Throwable cause) {
        throw new DependencyUnavailableException(SERVICE);
    }

    /** How many people have this person as their mentor (the list's total; one item asked; this service's token). */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = CircuitBreakerOpenException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    @CircuitBreakerName("participants-service-mentees")
    @Fallback(fallbackMethod = "menteesUnavailable")
    public long menteesOf(UUID mentorId) {
        return list.list(null, null, mentorId, 0, 1).total();
    }

    long menteesUnavailable(UUID mentorId, Throwable cause) {
        throw new DependencyUnavailableException(SERVICE);
    }

    /**
     * Whether paying this would take the person over the benefits limit they asked us to keep to: only yes or no.
     * Empty when participants-service knows nobody by this id (unknown or erased): there is no limit to keep to.
     * Asked with the caller's (coordinator's) token, before any transaction opens.
     */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = CircuitBreakerOpenException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    @CircuitBreakerName("participants-service-benefits")
    @Fallback(fallbackMethod = "benefitsUnavailable")
    public Optional<Boolean> crossesBenefitsLimit(UUID participantId, BenefitsCheckRequest request) {
        try {
            BenefitsCheckResponse answer = rest.benefitsCheck(participantId, request);
            if (answer == null || answer.crossesLimit() == null) {
                // An answer we cannot read is no answer: refusing is safer than paying into a benefits problem.
                throw new IllegalStateException("benefits-check answered without crossesLimit");
            }
            return Optional.of(answer.crossesLimit());
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    Optional<Boolean> benefitsUnavailable(UUID participantId, BenefitsCheckRequest request, Throwable cause) {
        throw new DependencyUnavailableException(SERVICE);
    }
}
