package org.coproduction.sessions.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * participants-service and notifications-service, stood in by two WireMock servers on free ports for the
 * whole test run.
 */
public class WireMockServers implements QuarkusTestResourceLifecycleManager {
    private static WireMockServer participants;
    private static WireMockServer notifications;

    @Override
    public Map<String, String> start() {
        participants = new WireMockServer(wireMockConfig().dynamicPort().extensions(new ParticipantDirectoryStub()));
        notifications = new WireMockServer(wireMockConfig().dynamicPort());
        participants.start();
        notifications.start();
        resetToDefaults();
        return Map.of(
                "quarkus.rest-client.participants.url",
                participants.baseUrl(),
                "quarkus.rest-client.notifications.url",
                notifications.baseUrl());
    }

    @Override
    public void stop() {
        if (participants != null) {
            participants.stop();
        }
        if (notifications != null) {
            notifications.stop();
        }
    }

    public static WireMockServer participants() {
        return participants;
    }

    public static WireMockServer notifications() {
        return notifications;
    }

    /** Both services up and answering normally, with empty request journals. */
    public static void resetToDefaults() {
        participants.resetAll();
        participants.stubFor(post(urlEqualTo("/participants/lookup"))
                .willReturn(aResponse().withTransformers(ParticipantDirectoryStub.NAME)));
        // Nobody has a benefits limit unless a test says so.
        participants.stubFor(post(urlPathMatching("/participants/[^/]+/benefits-check"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"crossesLimit\":false}")));
        notifications.resetAll();
        notifications.stubFor(post(urlEqualTo("/notices"))
                .willReturn(aResponse()
                        .withStatus(202)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"9d1f3c1e-0000-4000-8000-000000000001\",\"deliveries\":1}")));
    }
}
