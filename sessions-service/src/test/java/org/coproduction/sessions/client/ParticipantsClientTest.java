package org.coproduction.sessions.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.coproduction.platform.problem.DependencyUnavailableException;
import org.coproduction.sessions.support.ApiTest;
import org.coproduction.sessions.support.People;
import org.coproduction.sessions.support.WireMockServers;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(WireMockServers.class)
class ParticipantsClientTest extends ApiTest {
    @Inject
    ParticipantsClient client;

    @Inject
    CircuitBreakerMaintenance circuits;

    @Test
    void everyoneIsAskedForInOneCallAndUnknownIdsComeBackMissing() {
        UUID known = People.person("Known").register();
        UUID unknown = UUID.randomUUID();
        // The first call of a run starts the client and signs a token; on a busy machine that can pass the 3 s
        // timeout and be retried, which is not what this test is about.
        client.lookup(List.of(unknown));
        WireMockServers.participants().resetRequests();

        ParticipantDirectory directory = client.lookup(List.of(known, unknown, known));

        assertThat(directory.found()).containsOnlyKeys(known);
        assertThat(directory.found().get(known).timeZone()).isEqualTo("Europe/London");
        assertThat(directory.missing()).containsExactly(unknown);
        // With no caller to speak for, the call carries a self-signed service token.
        WireMockServers.participants()
                .verify(
                        1,
                        postRequestedFor(urlEqualTo("/participants/lookup"))
                                .withHeader("Authorization", matching("Bearer .+")));
    }

    @Test
    void aSlowServiceTimesOutAsUnavailable() {
        WireMockServers.participants()
                .stubFor(post(urlEqualTo("/participants/lookup"))
                        .willReturn(aResponse().withFixedDelay(5_000).withStatus(200)));
        long started = System.nanoTime();

        assertThatThrownBy(() -> client.lookup(List.of(UUID.randomUUID())))
                .isInstanceOf(DependencyUnavailableException.class)
                .hasMessageContaining("participants-service");
        // Three tries of at most 3 s each (read timeout), never the full 5 s delay each.
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(12));
    }

    @Test
    void afterRepeatedFailuresTheCircuitOpensAndCallsFailFastWithoutReachingTheService() {
        WireMockServers.participants()
                .stubFor(post(urlEqualTo("/participants/lookup"))
                        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> client.lookup(List.of(UUID.randomUUID())))
                    .isInstanceOf(DependencyUnavailableException.class);
        }
        int reached = WireMockServers.participants()
                .findAll(postRequestedFor(urlEqualTo("/participants/lookup")))
                .size();

        // The circuit is open: the call fails at once, as a 503, without reaching the service.
        assertThat(circuits.currentState("participants-service")).isEqualTo(CircuitBreakerState.OPEN);
        assertThatThrownBy(() -> client.lookup(List.of(UUID.randomUUID())))
                .isInstanceOf(DependencyUnavailableException.class);
        assertThat(WireMockServers.participants().findAll(postRequestedFor(urlEqualTo("/participants/lookup"))))
                .hasSize(reached);
    }
}
