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
import org.coproduction.portal.client.sessions.api.AgendasApi;
import org.coproduction.portal.client.sessions.api.ContributionsApi;
import org.coproduction.portal.client.sessions.api.PaymentsApi;
import org.coproduction.portal.client.sessions.api.ProposalsApi;
import org.coproduction.portal.client.sessions.api.SessionsApi;
import org.coproduction.portal.client.sessions.model.AgendaItem;
import org.coproduction.portal.client.sessions.model.AgendaProject;
import org.coproduction.portal.client.sessions.model.AgendaRequest;
import org.coproduction.portal.client.sessions.model.AnswerChoice;
import org.coproduction.portal.client.sessions.model.AnswerRequest;
import org.coproduction.portal.client.sessions.model.Contribution;
import org.coproduction.portal.client.sessions.model.PaymentTotals;
import org.coproduction.portal.client.sessions.model.Proposal;
import org.coproduction.portal.client.sessions.model.ProposalAnswerChoice;
import org.coproduction.portal.client.sessions.model.ProposalAnswerRequest;
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
    /** Open proposals of one project on one page: more than this at once would be more than anyone can answer. */
    static final int PROPOSALS_PAGE = 50;

    private final SessionsApi sessions;
    private final ContributionsApi contributions;
    private final PaymentsApi payments;
    private final ProposalsApi proposals;
    private final AgendasApi agendas;
    private final HttpClient http;
    private final String base;
    private final Duration timeout;

    public SessionsGateway(PortalConfig config) {
        ApiClient client = new ApiClient(
                ApiClients.httpClient(config.callTimeout()),
                ApiClient.createDefaultObjectMapper(),
                config.services().sessions());
        client.setReadTimeout(config.callTimeout());
        client.setRequestInterceptor(ApiClients::traced);
        this.sessions = new SessionsApi(client);
        this.contributions = new ContributionsApi(client);
        this.payments = new PaymentsApi(client);
        this.proposals = new ProposalsApi(client);
        this.agendas = new AgendasApi(client);
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

    /** What the person was paid in {@code year} (by the day paid) and what is still owed to them. */
    @Timeout(6000)
    @Retry(maxRetries = 2, delay = 200, retryOn = UnavailableException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failOn = UnavailableException.class)
    public PaymentTotals totals(UUID participantId, int year, String bearer) {
        try {
            return payments.getPaymentTotals(participantId, Integer.toString(year), ApiClients.auth(bearer));
        } catch (ApiException e) {
            throw UnavailableException.orFailure(SERVICE, e.getCode(), e.getResponseBody(), e);
        }
    }

    /** The projects the person is a member of: the agenda sessions-service gathers for their digest lists them. */
    @Timeout(6000)
    @Retry(maxRetries = 2, delay = 200, retryOn = UnavailableException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failOn = UnavailableException.class)
    public List<AgendaProject> projects(UUID participantId, OffsetDateTime now, String bearer) {
        AgendaRequest request =
                new AgendaRequest().participantIds(List.of(participantId)).since(now);
        try {
            List<AgendaItem> items =
                    agendas.gatherAgendas(request, ApiClients.auth(bearer)).getItems();
            return items == null || items.isEmpty() || items.get(0).getProjects() == null
                    ? List.of()
                    : items.get(0).getProjects();
        } catch (ApiException e) {
            throw UnavailableException.orFailure(SERVICE, e.getCode(), e.getResponseBody(), e);
        }
    }

    /** A project's proposals still open, newest first. */
    @Timeout(6000)
    @Retry(maxRetries = 2, delay = 200, retryOn = UnavailableException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failOn = UnavailableException.class)
    public List<Proposal> openProposals(UUID projectId, String bearer) {
        try {
            List<Proposal> items = proposals
                    .listProjectProposals(projectId, 0, PROPOSALS_PAGE, "OPEN", ApiClients.auth(bearer))
                    .getItems();
            return items == null ? List.of() : items;
        } catch (ApiException e) {
            throw UnavailableException.orFailure(SERVICE, e.getCode(), e.getResponseBody(), e);
        }
    }

    @Timeout(6000)
    @Retry(maxRetries = 2, delay = 200, retryOn = UnavailableException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failOn = UnavailableException.class)
    public Proposal proposal(UUID id, String bearer) {
        try {
            return proposals.getProposal(id, ApiClients.auth(bearer));
        } catch (ApiException e) {
            throw UnavailableException.orFailure(SERVICE, e.getCode(), e.getResponseBody(), e);
        }
    }

    /** Agree, concerns or object, with a comment; answering again replaces the answer, so a repeat is harmless. */
    @Timeout(6000)
    @Retry(maxRetries = 2, delay = 200, retryOn = UnavailableException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failOn = UnavailableException.class)
    public Proposal answerProposal(UUID id, UUID participantId, String answer, String comment, String bearer) {
        ProposalAnswerRequest request = new ProposalAnswerRequest()
                .answer(ProposalAnswerChoice.fromValue(answer))
                .comment(comment);
        try {
            return proposals.answerProposal(id, participantId, request, ApiClients.auth(bearer));
        } catch (ApiException e) {
            throw UnavailableException.orFailure(SERVICE, e.getCode(), e.getResponseBody(), e);
        }
    }

    /** Withdraws the person's own objection (possible once the coordinator has answered it in writing). */
    @Timeout(6000)
    @CircuitBreaker(requestVolumeThreshold = 10, failOn = UnavailableException.class)
    public Proposal withdrawObjection(UUID id, UUID participantId, String bearer) {
        try {
            return proposals.withdrawObjection(id, participantId, ApiClients.auth(bearer));
        } catch (ApiException e) {
            throw UnavailableException.orFailure(SERVICE, e.getCode(), e.getResponseBody(), e);
        }
    }
}
