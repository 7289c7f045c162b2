package org.coproduction.notifications.run;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.notifications.retry.DeliveryRetryService;
import org.coproduction.notifications.support.InjectWireMock;
import org.coproduction.notifications.support.Mailbox;
import org.coproduction.notifications.support.OtherServicesWireMock;
import org.coproduction.notifications.support.People;
import org.coproduction.notifications.support.SharedSmtp;
import org.coproduction.platform.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 15 in a sent digest (WireMock sessions-service and participants-service, real SMTP): "Decided together" and
 * "Have your say" in English and Welsh, in HTML, plain text and large print; a digest with only these is news, and
 * POST /deliveries/summary counts how those digests reached people.
 */
@QuarkusTest
@QuarkusTestResource(OtherServicesWireMock.class)
class ProposalDigestTest {
    static final String PROPOSAL = "3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a9f";

    @RegisterExtension
    static GreenMailExtension smtp = SharedSmtp.SERVER;

    @InjectWireMock
    WireMockServer others;

    @Inject
    DeliveryRetryService jobs;

    @BeforeEach
    void reset() {
        others.resetAll();
    }

    @Test
    void decidedAndOpenProposalsReadInEachReadersWordsAndCountAsNews() throws Exception {
        var aisha = People.person(UUID.randomUUID(), "Aisha", "en", "America/New_York", "WEEKLY", "HTML", "ACTIVE");
        var gwen = People.person(UUID.randomUUID(), "Gwen", "cy", "Europe/London", "WEEKLY", "PLAIN_TEXT", "ACTIVE");
        var lena = People.person(UUID.randomUUID(), "Lena", "en", "Europe/London", "WEEKLY", "LARGE_PRINT", "ACTIVE");
        // Asks for Polish, which digests are not written in yet: reached, but not in their own language.
        var pawel = People.person(UUID.randomUUID(), "Pawel", "pl", "Europe/London", "WEEKLY", "HTML", "ACTIVE");
        others.stubFor(post(urlEqualTo("/participants/lookup"))
                .willReturn(okJson(People.lookup(List.of(aisha, gwen, lena, pawel)))));
        others.stubFor(post(urlEqualTo("/agendas"))
                .willReturn(okJson(People.json(
                        Map.of("items", List.of(agenda(aisha), agenda(gwen), agenda(lena), agenda(pawel)))))));
        Instant before = Instant.now().minusSeconds(1);

        run(aisha, gwen, lena, pawel);

        var mail = Mailbox.byRecipient(smtp.getReceivedMessages());
        String english = Mailbox.partOfType(mail.get(People.email(aisha)), "text/html");
        assertThat(english)
                .contains(
                        "<h2>Have your say</h2>",
                        "<h3>Meet on Monday evenings (Crisis line)</h3>",
                        "<h2>Decided together</h2>",
                        "<h3>Use plain words in letters (Crisis line)</h3>",
                        "<p><strong>Agreed, with concerns noted.</strong> 4 of 5 members answered: 1 agreed, 2 had "
                                + "concerns, 1 objected. 1 of them took back their objection after a written reply.</p>",
                        "http://localhost:8084/proposals/" + PROPOSAL + "?link=")
                // 17:00 UTC is 13:00 in New York.
                .containsPattern("<p>Answers close: [^<]*13:00</p>")
                .doesNotContain("There is nothing new to report");
        String welsh = Mailbox.partOfType(mail.get(People.email(gwen)), "text/plain");
        assertThat(welsh)
                .contains(
                        "== Dweud eich dweud ==",
                        "* Meet on Monday evenings (Crisis line)",
                        "Mae'r atebion yn cau: ",
                        "Rhowch eich ateb: http://localhost:8084/proposals/" + PROPOSAL + "?link=",
                        "== Wedi'i benderfynu gyda'n gilydd ==",
                        "Cytunwyd, gan nodi pryderon. Atebodd 4 o 5 aelod: cytunodd 1, roedd gan 2 bryderon, "
                                + "gwrthwynebodd 1. Tynnodd 1 ohonyn nhw eu gwrthwynebiad yn ôl ar ôl cael ateb "
                                + "ysgrifenedig.")
                .doesNotContain("Have your say", "Decided together", "null");
        String large = Mailbox.partOfType(mail.get(People.email(lena)), "text/html");
        assertThat(large).contains("font-size: 24px", "<h2>Decided together</h2>", "<h2>Have your say</h2>");

        given().auth()
                .oauth2(TestTokens.service("sessions-service"))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "participantIds",
                        List.of(aisha.get("id"), gwen.get("id"), lena.get("id"), pawel.get("id"), UUID.randomUUID()),
                        "from",
                        before.toString(),
                        "to",
                        Instant.now().plusSeconds(60).toString()))
                .post("/deliveries/summary")
                .then()
                .statusCode(200)
                .body("digestsDue", equalTo(4))
                .body("digestsOnTime", equalTo(4))
                .body("people", equalTo(4))
                .body("reachedInOwnLanguageAndFormat", equalTo(3));
    }

    private void run(Map<String, Object>... people) throws Exception {
        String ids = String.join(
                "\",\"", Arrays.stream(people).map(p -> (String) p.get("id")).toList());
        String runId = given().auth()
                .oauth2(TestTokens.coordinator())
                .contentType(ContentType.JSON)
                .body("{\"participantIds\":[\"" + ids + "\"], \"force\": true}")
                .when()
                .post("/digests/runs")
                .then()
                .statusCode(202)
                .extract()
                .path("id");
        await().atMost(Duration.ofSeconds(40))
                .pollInterval(Duration.ofMillis(300))
                .untilAsserted(() -> {
                    String status = given().auth()
                            .oauth2(TestTokens.coordinator())
                            .get("/digests/runs/" + runId)
                            .then()
                            .statusCode(200)
                            .extract()
                            .path("status");
                    if ("WAITING".equals(status)) {
                        jobs.retryWaiting();
                    }
                    assertThat(status).isEqualTo("COMPLETED");
                });
        assertThat(Mailbox.byRecipient(smtp.getReceivedMessages()))
                .containsOnlyKeys(Arrays.stream(people).map(People::email).toArray(String[]::new));
    }

    /** An agenda as sessions-service sends it after issue 15, with nothing in it but proposals. */
    private static Map<String, Object> agenda(Map<String, Object> person) {
        Map<String, Object> agenda = new HashMap<>();
        agenda.put("participantId", person.get("id"));
        agenda.put("upcomingSessions", List.of());
        agenda.put("summaries", List.of());
        agenda.put("openActions", List.of());
        agenda.put("projectUpdates", List.of());
        agenda.put("contributions", Map.of("sessionsAttended", 0, "hours", 0));
        agenda.put("trainingSuggestion", null);
        agenda.put(
                "decidedProposals",
                List.of(Map.of(
                        "proposalId",
                        UUID.randomUUID().toString(),
                        "projectId",
                        UUID.randomUUID().toString(),
                        "projectName",
                        "Crisis line",
                        "title",
                        "Use plain words in letters",
                        "result",
                        "AGREED_WITH_CONCERNS",
                        "decidedAt",
                        "2030-04-01T09:00:00Z",
                        "counts",
                        Map.of("agree", 1, "concerns", 2, "object", 1, "objectionsStanding", 0, "answered", 4),
                        "members",
                        5)));
        agenda.put(
                "openProposals",
                List.of(Map.of(
                        "proposalId",
                        PROPOSAL,
                        "projectId",
                        UUID.randomUUID().toString(),
                        "projectName",
                        "Crisis line",
                        "title",
                        "Meet on Monday evenings",
                        "closesAt",
                        "2030-04-12T17:00:00Z")));
        return agenda;
    }
}
