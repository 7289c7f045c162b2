package org.coproduction.portal.client;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.coproduction.portal.client.sessions.ApiClient;
import org.coproduction.portal.client.sessions.ApiException;
import org.coproduction.portal.client.sessions.api.ContributionsApi;
import org.coproduction.portal.client.sessions.api.SessionsApi;
import org.coproduction.portal.client.sessions.model.AnswerChoice;
import org.coproduction.portal.client.sessions.model.AnswerRequest;
import org.coproduction.portal.client.sessions.model.Contribution;
import org.coproduction.portal.client.sessions.model.SessionResponse;
import org.coproduction.portal.config.PortalConfig;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/** sessions-service through its generated client, as the person signed in. */
@ApplicationScoped
public class SessionsGateway {

    static final String SERVICE = "sessions-service";
    /** One page is plenty for a person's coming sessions; the page says if there are more. */
    static final int UPCOMING_PAGE = 50;

    private final SessionsApi sessions;
    private final ContributionsApi contributions;
    private final HttpClient http;
    private final String base;
    private final Duration timeout;

    public SessionsGateway(PortalConfig config) {
        ApiClient client = new ApiClient(
                ApiClients.httpClient(config.callTimeout()),
                ApiClient.createDefaultObjectMapper(),
                config.services().sessions());
        client.setReadTimeout(config.callTimeout());
        this.sessions = new SessionsApi(client);
        this.contributions = new ContributionsApi(client);
        this.http = client.getHttpClient();
        this.base = client.getBaseUri();
        this.timeout = config.callTimeout();
    }

    /** Sessions the person is invited to that start from {@code from}, soonest first. */
    @Timeout(6000)
    @Retry(maxRetries = 2, delay = 200, retryOn = UnavailableException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failOn = UnavailableException.class)
    public List<SessionResponse> upcoming(UUID participantId, OffsetDateTime from, String bearer) {
        try {
            return sessions.listSessions(from, 0, participantId, null, UPCOMING_PAGE, null, ApiClients.auth(bearer))
                    .getItems();
        } catch (ApiException e) {
            throw UnavailableException.orFailure(SERVICE, e.getCode(), e.getResponseBody(), e);
        }
    }

    @Timeout(6000)
    @Retry(maxRetries = 2, delay = 200, retryOn = UnavailableException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failOn = UnavailableException.class)
    public SessionResponse get(UUID sessionId, String bearer) {
        try {
            return sessions.getSession(sessionId, ApiClients.auth(bearer));
        } catch (ApiException e) {
            throw UnavailableException.orFailure(SERVICE, e.getCode(), e.getResponseBody(), e);
        }
    }

    /** Records "I'm coming" or "I can't come"; answering again replaces the answer, so a repeat is harmless. */
    @Timeout(6000)
    @Retry(maxRetries = 2, delay = 200, retryOn = UnavailableException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failOn = UnavailableException.class)
    public void answer(UUID sessionId, UUID participantId, AnswerChoice choice, String reason, String bearer) {
        AnswerRequest request = new AnswerRequest().answer(choice).reason(reason);
        try {
            sessions.answerInvitation(sessionId, participantId, request, ApiClients.auth(bearer));
        } catch (ApiException e) {
            throw UnavailableException.orFailure(SERVICE, e.getCode(), e.getResponseBody(), e);
        }
    }

    /** The session's calendar entry (text/calendar). */
    @Timeout(6000)
    @CircuitBreaker(requestVolumeThreshold = 10, failOn = UnavailableException.class)
    public String calendar(UUID sessionId, String bearer) {
        URI uri = URI.create(base + "/sessions/" + sessionId + "/calendar.ics");
        return ApiClients.getText(http, SERVICE, uri, bearer, "text/calendar", timeout);
    }

    /** Sessions attended and hours given between two instants. */
    @Timeout(6000)
    @Retry(maxRetries = 2, delay = 200, retryOn = UnavailableException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failOn = UnavailableException.class)
    public Contribution contribution(UUID participantId, OffsetDateTime from, OffsetDateTime to, String bearer) {
        try {
            List<Contribution> items = contributions
                    .listContributions(from, to, 0, participantId, 1, ApiClients.auth(bearer))
                    .getItems();
            return items.isEmpty() ? null : items.get(0);
        } catch (ApiException e) {
            throw UnavailableException.orFailure(SERVICE, e.getCode(), e.getResponseBody(), e);
        }
    }
}
