package org.coproduction.notifications.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.coproduction.platform.testing.Problems.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.notifications.digest.unsubscribe.Unsubscribes;
import org.coproduction.notifications.retry.DeliveryRetryService;
import org.coproduction.notifications.support.InjectWireMock;
import org.coproduction.notifications.support.OtherServicesWireMock;
import org.coproduction.notifications.support.People;
import org.coproduction.notifications.support.SharedSmtp;
import org.coproduction.platform.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A one-click unsubscribe, as the person's own pages read and undo it (GET and DELETE /unsubscribes/{id}). */
@QuarkusTest
@QuarkusTestResource(OtherServicesWireMock.class)
class UnsubscribesEndpointTest {

    @RegisterExtension
    static GreenMailExtension smtp = SharedSmtp.SERVER;

    @InjectWireMock
    WireMockServer others;

    @Inject
    Unsubscribes unsubscribes;

    @Inject
    DeliveryRetryService jobs;

    @BeforeEach
    void reset() {
        others.resetAll();
    }

    @Test
    void thePersonThemselfOrACoordinatorMayReadAndUndoItAndNobodyElse() {
        UUID una = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        unsubscribes.unsubscribe(una, at);

        for (String token : List.of(TestTokens.participant(una), TestTokens.coordinator())) {
            given().auth()
                    .oauth2(token)
                    .get("/unsubscribes/" + una)
                    .then()
                    .statusCode(200)
                    .body("participantId", equalTo(una.toString()))
                    .body("unsubscribedAt", notNullValue());
        }
        // Someone else, whether or not the id is known here: 403 before anything is looked up.
        assertProblem(
                given().auth().oauth2(TestTokens.participant(other)).get("/unsubscribes/" + una), 403, "forbidden");
        assertProblem(
                given().auth().oauth2(TestTokens.participant(other)).delete("/unsubscribes/" + una), 403, "forbidden");
        assertProblem(
                given().auth().oauth2(TestTokens.participant(other)).get("/unsubscribes/not-an-id"), 403, "forbidden");
        assertProblem(
                given().auth()
                        .oauth2(TestTokens.service("participants-service"))
                        .get("/unsubscribes/" + una),
                403,
                "forbidden");
        assertProblem(given().get("/unsubscribes/" + una), 401, "unauthorized");
        assertProblem(given().delete("/unsubscribes/" + una), 401, "unauthorized");
        assertProblem(
                given().auth().oauth2(TestTokens.coordinator()).get("/unsubscribes/not-an-id"), 400, "validation");
        assertThat(unsubscribes.since(una)).isPresent();

        // Their own DELETE undoes it; again is the same quiet success; then GET says 404.
        given().auth()
                .oauth2(TestTokens.participant(una))
                .delete("/unsubscribes/" + una)
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(TestTokens.participant(una))
                .delete("/unsubscribes/" + una)
                .then()
                .statusCode(204);
        assertThat(unsubscribes.since(una)).isEmpty();
        assertProblem(given().auth().oauth2(TestTokens.participant(una)).get("/unsubscribes/" + una), 404, "not-found");
        // A coordinator may undo anyone's.
        unsubscribes.unsubscribe(other, at);
        given().auth()
                .oauth2(TestTokens.coordinator())
                .delete("/unsubscribes/" + other)
                .then()
                .statusCode(204);
        assertThat(unsubscribes.since(other)).isEmpty();
    }

    @Test
    void afterTheUndoTheNextDigestRunSendsAgain() {
        var una = People.person(UUID.randomUUID(), "Una", "en", "Europe/London", "WEEKLY", "HTML", "ACTIVE");
        UUID id = UUID.fromString((String) una.get("id"));
        others.stubFor(post(urlEqualTo("/participants/lookup")).willReturn(okJson(People.lookup(List.of(una)))));
        others.stubFor(post(urlEqualTo("/agendas")).willReturn(okJson(People.emptyAgendas(List.of(una)))));
        unsubscribes.unsubscribe(id, Instant.now());

        assertThat(runAndAwait(id).getInt("sent")).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();

        given().auth()
                .oauth2(TestTokens.participant(id))
                .delete("/unsubscribes/" + id)
                .then()
                .statusCode(204);

        assertThat(runAndAwait(id).getInt("sent")).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    private JsonPath runAndAwait(UUID id) {
        String runId = given().auth()
                .oauth2(TestTokens.coordinator())
                .contentType(ContentType.JSON)
                .body(People.json(Map.of("participantIds", List.of(id.toString()), "force", true)))
                .when()
                .post("/digests/runs")
                .then()
                .statusCode(202)
                .extract()
                .path("id");
        JsonPath[] last = new JsonPath[1];
        await().atMost(Duration.ofSeconds(40))
                .pollInterval(Duration.ofMillis(300))
                .untilAsserted(() -> {
                    last[0] = given().auth()
                            .oauth2(TestTokens.coordinator())
                            .get("/digests/runs/" + runId)
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath();
                    if ("WAITING".equals(last[0].getString("status"))) {
                        jobs.retryWaiting();
                    }
                    assertThat(last[0].getString("status")).isEqualTo("COMPLETED");
                });
        return last[0];
    }
}
