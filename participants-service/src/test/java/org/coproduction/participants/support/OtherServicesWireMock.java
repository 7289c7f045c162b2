package org.coproduction.participants.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Two WireMock servers standing in for sessions-service and notifications-service, for every test of this module
 * (one application start). By default both accept erasures (204), confirmation requests and notices (202).
 */
public class OtherServicesWireMock implements QuarkusTestResourceLifecycleManager {

    private WireMockServer sessions;
    private WireMockServer notifications;

    @Override
    public Map<String, String> start() {
        sessions = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        notifications = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        sessions.start();
        notifications.start();
        acceptEverything(sessions);
        acceptEverything(notifications);
        return Map.of(
                "quarkus.rest-client.sessions.url", sessions.baseUrl(),
                "quarkus.rest-client.notifications.url", notifications.baseUrl());
    }

    /** What the two stand-ins answer when a test has not said otherwise. */
    public static void acceptEverything(WireMockServer server) {
        server.resetAll();
        server.stubFor(post(urlEqualTo("/erasures")).willReturn(aResponse().withStatus(204)));
        server.stubFor(
                post(urlEqualTo("/email-confirmations")).willReturn(aResponse().withStatus(202)));
        server.stubFor(post(urlEqualTo("/notices"))
                .willReturn(aResponse()
                        .withStatus(202)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"id\": \"9b2f3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d\", \"deliveries\": 2}")));
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(
                sessions, new TestInjector.AnnotatedAndMatchesType(InjectSessions.class, WireMockServer.class));
        injector.injectIntoFields(
                notifications,
                new TestInjector.AnnotatedAndMatchesType(InjectNotifications.class, WireMockServer.class));
    }

    @Override
    public void stop() {
        if (sessions != null) {
            sessions.stop();
        }
        if (notifications != null) {
            notifications.stop();
        }
    }
}
