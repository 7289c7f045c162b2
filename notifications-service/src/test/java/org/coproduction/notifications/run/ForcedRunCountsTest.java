package org.coproduction.notifications.run;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.notifications.support.InjectWireMock;
import org.coproduction.notifications.support.Mailbox;
import org.coproduction.notifications.support.OtherServicesWireMock;
import org.coproduction.notifications.support.People;
import org.coproduction.notifications.support.SharedSmtp;
import org.coproduction.platform.testing.TestTokens;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The demo's case: a forced run, then the scheduled job. Each person gets one digest, not two. */
@QuarkusTest
@QuarkusTestResource(OtherServicesWireMock.class)
class ForcedRunCountsTest {

    @RegisterExtension
    static GreenMailExtension smtp = SharedSmtp.SERVER;

    @InjectWireMock
    WireMockServer others;

    @Inject
    DigestRunService runService;

    @BeforeEach
    void reset() {
        others.resetAll();
    }

    @Test
    void aForcedRunThenTheScheduledPlanningSendsOneDigestNotTwo() {
        Map<String, Object> ria = registeredLongAgo("Ria");
        stub(ria);

        JsonPath forced = DigestRunTest.awaitRun(start(ria, "\"force\": true"), "COMPLETED");
        assertThat(forced.getInt("sent")).isEqualTo(1);

        runService.runScheduled();

        assertThat(Mailbox.countByRecipient(smtp.getReceivedMessages())).containsEntry(People.email(ria), 1L);
        deliveriesOf(ria).body("items", Matchers.hasSize(1)).body("items[0].status", Matchers.equalTo("SENT"));
    }

    @Test
    void aForcedRunThatDoesNotCountLeavesThePeriodWhichIsSkippedWhenNothingIsNew() {
        Map<String, Object> sol = registeredLongAgo("Sol");
        stub(sol);

        JsonPath forced =
                DigestRunTest.awaitRun(start(sol, "\"force\": true, \"countsForPeriod\": false"), "COMPLETED");
        assertThat(forced.getInt("sent")).isEqualTo(1);

        runService.runScheduled();

        assertThat(Mailbox.countByRecipient(smtp.getReceivedMessages())).containsEntry(People.email(sol), 1L);
        deliveriesOf(sol)
                .body("items", Matchers.hasSize(2))
                .body("items.status", Matchers.containsInAnyOrder("SENT", "SKIPPED"))
                .body("items.lastError", Matchers.hasItem("nothing new since the last digest"));
    }

    @Test
    void someoneWhoRegisteredAfterThePeriodEndedGetsNoDigestForIt() {
        Map<String, Object> nova = People.active(UUID.randomUUID(), "Nova");
        nova.put("createdAt", java.time.Instant.now().toString());
        stub(nova);

        String runId = start(nova, "\"force\": false");
        JsonPath run = DigestRunTest.awaitRun(runId, "COMPLETED");

        assertThat(run.getInt("due")).isZero();
        assertThat(run.getString("leftOut[0].reason")).contains("ended before they registered");
        assertThat(Mailbox.countByRecipient(smtp.getReceivedMessages())).doesNotContainKey(People.email(nova));
    }

    private static Map<String, Object> registeredLongAgo(String name) {
        Map<String, Object> person = People.active(UUID.randomUUID(), name);
        person.put("createdAt", "2020-01-06T09:00:00Z");
        return person;
    }

    private void stub(Map<String, Object> person) {
        others.stubFor(post(urlEqualTo("/participants/lookup")).willReturn(okJson(People.lookup(List.of(person)))));
        others.stubFor(get(urlPathEqualTo("/participants"))
                .withQueryParam("page", equalTo("0"))
                .willReturn(okJson(People.page(List.of(person), 0, 200, 1))));
        others.stubFor(post(urlEqualTo("/agendas"))
                .willReturn(okJson(People.json(Map.of(
                        "items",
                        List.of(Map.of(
                                "participantId",
                                person.get("id"),
                                "upcomingSessions",
                                List.of(Map.of(
                                        "sessionId", "5b0b7a52-8d7e-4d43-9f55-3f0d7c3b2a10",
                                        "projectName", "Crisis line",
                                        "title", "Listening day",
                                        "start", "2030-04-12T17:00:00Z",
                                        "end", "2030-04-12T18:30:00Z",
                                        "timeZone", "Europe/London",
                                        "status", "SCHEDULED",
                                        "format", "IN_PERSON",
                                        "venue", Map.of("name", "Community Hall"))))))))));
    }

    private static String start(Map<String, Object> person, String options) {
        return given().auth()
                .oauth2(TestTokens.coordinator())
                .contentType(ContentType.JSON)
                .body("{\"participantIds\": [\"" + person.get("id") + "\"], " + options + "}")
                .when()
                .post("/digests/runs")
                .then()
                .statusCode(202)
                .extract()
                .path("id");
    }

    private static io.restassured.response.ValidatableResponse deliveriesOf(Map<String, Object> person) {
        return given().auth()
                .oauth2(TestTokens.coordinator())
                .queryParam("participantId", person.get("id"))
                .when()
                .get("/deliveries")
                .then()
                .statusCode(200);
    }
}
