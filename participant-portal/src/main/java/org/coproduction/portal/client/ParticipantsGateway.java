package org.coproduction.portal.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import org.coproduction.portal.client.participants.ApiClient;
import org.coproduction.portal.client.participants.ApiException;
import org.coproduction.portal.client.participants.ApiResponse;
import org.coproduction.portal.client.participants.api.BenefitsApi;
import org.coproduction.portal.client.participants.api.ParticipantsApi;
import org.coproduction.portal.client.participants.model.BenefitsLimit;
import org.coproduction.portal.client.participants.model.BenefitsLimitInput;
import org.coproduction.portal.client.participants.model.BenefitsPeriodStart;
import org.coproduction.portal.client.participants.model.EmailConfirmation;
import org.coproduction.portal.client.participants.model.Participant;
import org.coproduction.portal.client.participants.model.ParticipantExport;
import org.coproduction.portal.config.PortalConfig;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * participants-service through its generated client, always as the person signed in. Reads are retried when the
 * service does not answer; changes are not (they carry If-Match, and a lost answer must not apply twice).
 */
@ApplicationScoped
public class ParticipantsGateway {

    static final String SERVICE = "participants-service";
    private static final ObjectMapper KEEP_NULLS = new ObjectMapper();

    private final ParticipantsApi api;
    private final BenefitsApi benefits;
    private final ApiClient client;

    public ParticipantsGateway(PortalConfig config) {
        this.client = new ApiClient(
                ApiClients.httpClient(config.callTimeout()),
                ApiClient.createDefaultObjectMapper(),
                config.services().participants());
        client.setReadTimeout(config.callTimeout());
        client.setRequestInterceptor(ApiClients::traced);
        this.api = new ParticipantsApi(client);
        this.benefits = new BenefitsApi(client);
    }

    @Timeout(6000)
    @Retry(maxRetries = 2, delay = 200, retryOn = UnavailableException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failOn = UnavailableException.class)
    public Versioned<Participant> get(UUID id, String bearer) {
        try {
            ApiResponse<Participant> r = api.getParticipantWithHttpInfo(id, ApiClients.auth(bearer));
            return new Versioned<>(r.getData(), ApiClients.etag(r.getHeaders()));
        } catch (ApiException e) {
            throw UnavailableException.orFailure(SERVICE, e.getCode(), e.getResponseBody(), e);
        }
    }

    /** An RFC 7396 merge patch of the person's own record, refused with 412 if it changed since {@code etag}. */
    @Timeout(6000)
    @CircuitBreaker(requestVolumeThreshold = 10, failOn = UnavailableException.class)
    public Participant update(UUID id, Map<String, Object> patch, String etag, String bearer) {
        try {
            // As a tree: the generated client leaves null members out, and in a merge patch null is what removes a
            // field (an emptied phone number, a cleared note), so it must be sent.
            return api.updateParticipant(id, KEEP_NULLS.valueToTree(patch), etag, ApiClients.auth(bearer));
        } catch (ApiException e) {
            throw UnavailableException.orFailure(SERVICE, e.getCode(), e.getResponseBody(), e);
        }
    }

    /**
     * Tells participants-service the person started a visit (kept to the day, for coordinators noticing who is
     * drifting away). Never retried: a missed visit costs little, a slow sign-in costs more.
     */
    @Timeout(3000)
    @CircuitBreaker(requestVolumeThreshold = 10, failOn = UnavailableException.class)
    public void recordVisit(UUID id, String bearer) {
        try {
            api.recordPortalVisit(id, ApiClients.auth(bearer));
        } catch (ApiException e) {
            throw UnavailableException.orFailure(SERVICE, e.getCode(), e.getResponseBody(), e);
        }
    }

    /** Makes a new email address take effect with the token mailed to it. */
    @Timeout(6000)
    @CircuitBreaker(requestVolumeThreshold = 10, failOn = UnavailableException.class)
    public void confirmEmail(UUID id, String token, String bearer) {
        try {
            api.confirmParticipantEmail(id, new EmailConfirmation().token(token), ApiClients.auth(bearer));
        } catch (ApiException e) {
            throw UnavailableException.orFailure(SERVICE, e.getCode(), e.getResponseBody(), e);
        }
    }

    /** Everything the suite holds on the person, as the JSON document participants-service answers. */
    @Timeout(15000)
    @CircuitBreaker(requestVolumeThreshold = 10, failOn = UnavailableException.class)
    public String exportJson(UUID id, String bearer) {
        try {
            ParticipantExport export = api.exportParticipant(id, ApiClients.auth(bearer));
            return client.getObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(export);
        } catch (ApiException e) {
            throw UnavailableException.orFailure(SERVICE, e.getCode(), e.getResponseBody(), e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the export could not be written back as JSON", e);
        }
    }

    /**
     * The person's private benefits limit as participants-service's JSON (never set: "may affect" false, version 0),
     * with the ETag a change must send back. Only the person and coordinators can read it.
     */
    @Timeout(6000)
    @Retry(maxRetries = 2, delay = 200, retryOn = UnavailableException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failOn = UnavailableException.class)
    public Versioned<JsonNode> benefitsLimit(UUID id, String bearer) {
        try {
            ApiResponse<BenefitsLimit> r = benefits.getBenefitsLimitWithHttpInfo(id, ApiClients.auth(bearer));
            return new Versioned<>(client.getObjectMapper().valueToTree(r.getData()), ApiClients.etag(r.getHeaders()));
        } catch (ApiException e) {
            throw UnavailableException.orFailure(SERVICE, e.getCode(), e.getResponseBody(), e);
        }
    }

    /**
     * Replaces the limit, refused with 412 if it changed since {@code etag}; not retried (see the class). Fields the
     * person left empty are sent as null, so that they are cleared.
     */
    @Timeout(6000)
    @CircuitBreaker(requestVolumeThreshold = 10, failOn = UnavailableException.class)
    public void setBenefitsLimit(UUID id, Map<String, Object> limit, String etag, String bearer) {
        Object period = limit.get("period");
        Object startsOn = limit.get("periodStartsOn");
        BenefitsLimitInput body = new BenefitsLimitInput()
                .paymentsMayAffectBenefits(Boolean.TRUE.equals(limit.get("paymentsMayAffectBenefits")))
                .limit((java.math.BigDecimal) limit.get("limit"))
                .period(period == null ? null : BenefitsLimitInput.PeriodEnum.fromValue(period.toString()))
                .periodStartsOn(
                        startsOn instanceof Integer day
                                ? new BenefitsPeriodStart(day)
                                : startsOn == null ? null : new BenefitsPeriodStart(startsOn.toString()))
                .notes((String) limit.get("notes"));
        try {
            benefits.setBenefitsLimit(id, body, etag, ApiClients.auth(bearer));
        } catch (ApiException e) {
            throw UnavailableException.orFailure(SERVICE, e.getCode(), e.getResponseBody(), e);
        }
    }

    /** Forgets the limit and everything said with it; forgetting twice is harmless. */
    @Timeout(6000)
    @CircuitBreaker(requestVolumeThreshold = 10, failOn = UnavailableException.class)
    public void forgetBenefitsLimit(UUID id, String bearer) {
        try {
            benefits.forgetBenefitsLimit(id, ApiClients.auth(bearer));
        } catch (ApiException e) {
            throw UnavailableException.orFailure(SERVICE, e.getCode(), e.getResponseBody(), e);
        }
    }
}
