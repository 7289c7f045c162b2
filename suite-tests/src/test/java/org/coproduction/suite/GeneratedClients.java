package org.coproduction.suite;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.function.Consumer;
import org.coproduction.platform.testing.TestTokens;
import org.coproduction.suite.client.notifications.api.DeliveriesApi;
import org.coproduction.suite.client.notifications.api.DigestsApi;
import org.coproduction.suite.client.participants.api.ParticipantsApi;
import org.coproduction.suite.client.sessions.api.ProjectsApi;
import org.coproduction.suite.client.sessions.api.SessionsApi;
import org.coproduction.suite.client.sessions.api.SlotSearchApi;
import org.coproduction.suite.client.sessions.api.VenuesApi;
import org.coproduction.suite.contract.ConformanceProxy;
import org.coproduction.suite.contract.OpenApiDocument;

/**
 * The clients generated from docs/openapi (by the build of this module), each pointed at a validating proxy in front
 * of the real service, so every call is both a step of a story and a check that the document tells the truth.
 */
final class GeneratedClients implements AutoCloseable {

    final ConformanceProxy participantsProxy;
    final ConformanceProxy sessionsProxy;
    final ConformanceProxy notificationsProxy;

    final ParticipantsApi participants;
    final ProjectsApi projects;
    final VenuesApi venues;
    final SlotSearchApi slots;
    final SessionsApi sessions;
    final DigestsApi digests;
    final DeliveriesApi deliveries;

    /** As a coordinator; a fresh token for each call, since the story outlasts one token on a slow machine. */
    GeneratedClients(SuiteEnvironment suite) throws IOException {
        participantsProxy = proxy(suite.participants, "participants-service");
        sessionsProxy = proxy(suite.sessions, "sessions-service");
        notificationsProxy = proxy(suite.notifications, "notifications-service");
        Consumer<HttpRequest.Builder> coordinator =
                request -> request.setHeader("Authorization", "Bearer " + TestTokens.coordinator());

        var participantsClient = new org.coproduction.suite.client.participants.ApiClient();
        participantsClient.updateBaseUri(participantsProxy.url());
        participantsClient.setRequestInterceptor(coordinator);
        participants = new ParticipantsApi(participantsClient);

        var sessionsClient = new org.coproduction.suite.client.sessions.ApiClient();
        sessionsClient.updateBaseUri(sessionsProxy.url());
        sessionsClient.setRequestInterceptor(coordinator);
        projects = new ProjectsApi(sessionsClient);
        venues = new VenuesApi(sessionsClient);
        slots = new SlotSearchApi(sessionsClient);
        sessions = new SessionsApi(sessionsClient);

        var notificationsClient = new org.coproduction.suite.client.notifications.ApiClient();
        notificationsClient.updateBaseUri(notificationsProxy.url());
        notificationsClient.setRequestInterceptor(coordinator);
        digests = new DigestsApi(notificationsClient);
        deliveries = new DeliveriesApi(notificationsClient);
    }

    private static ConformanceProxy proxy(ServiceProcess service, String name) throws IOException {
        OpenApiDocument document =
                OpenApiDocument.read(name, SuiteEnvironment.root().resolve("docs/openapi/" + name + ".yaml"));
        return new ConformanceProxy(document, service.url());
    }

    List<ConformanceProxy> proxies() {
        return List.of(participantsProxy, sessionsProxy, notificationsProxy);
    }

    @Override
    public void close() {
        proxies().forEach(ConformanceProxy::close);
    }
}
