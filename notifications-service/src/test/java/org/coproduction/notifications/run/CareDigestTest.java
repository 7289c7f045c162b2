package org.coproduction.notifications.run;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * Issue 14 in a sent digest (WireMock sessions-service and participants-service, real SMTP): a sensitive upcoming
 * session carries its content note, wellbeing contact by name, quiet space and "no reason needed"; the agenda's
 * training suggestion becomes "Training you might like" in the reader's language and zone.
 */
@QuarkusTest
@QuarkusTestResource(OtherServicesWireMock.class)
class CareDigestTest {

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
    void aSensitiveSessionAndATrainingSuggestionReadInEachReadersWords() throws Exception {
        var aisha = People.person(UUID.randomUUID(), "Aisha", "en", "America/New_York", "WEEKLY", "HTML", "ACTIVE");
        var gwen = People.person(UUID.randomUUID(), "Gwen", "cy", "Europe/London", "WEEKLY", "PLAIN_TEXT", "ACTIVE");
        var sam = People.active(UUID.randomUUID(), "Sam");
        // The readers are looked up first; then the wellbeing contact, in the batch of people the agendas name.
        others.stubFor(post(urlEqualTo("/participants/lookup"))
                .withRequestBody(containing((String) aisha.get("id")))
                .willReturn(okJson(People.lookup(List.of(aisha, gwen)))));
        others.stubFor(post(urlEqualTo("/participants/lookup"))
                .withRequestBody(containing((String) sam.get("id")))
                .willReturn(okJson(People.lookup(List.of(sam)))));
        others.stubFor(post(urlEqualTo("/agendas"))
                .willReturn(okJson(People.json(
                        Map.of("items", List.of(agenda(aisha, sam, "ONE_TO_ONE"), agenda(gwen, sam, "GROUP")))))));

        run(aisha, gwen);

        var mail = Mailbox.byRecipient(smtp.getReceivedMessages());
        String english = Mailbox.partOfType(mail.get(People.email(aisha)), "text/html");
        assertThat(english)
                .contains(
                        "<p class=\"care\">Content note: We will talk about experiences of crisis care</p>",
                        "<p class=\"care\">Sam is the wellbeing contact for this session.</p>",
                        "<p class=\"care\">There will be a quiet space.</p>",
                        "<p class=\"care\">You can say you can&#39;t come without giving a reason.</p>",
                        "<h2>Training you might like</h2>",
                        "<h3>Chairing a meeting well</h3>",
                        "<li>One to one</li>",
                        "<li>It covers: facilitation, public speaking</li>")
                // 17:00 UTC is 13:00 in New York.
                .containsPattern("<li>[^<]*13:00[^<]*</li>");
        String welsh = Mailbox.partOfType(mail.get(People.email(gwen)), "text/plain");
        assertThat(welsh)
                .contains(
                        "Nodyn cynnwys: We will talk about experiences of crisis care",
                        "Sam yw'r cyswllt lles ar gyfer y sesiwn hon.",
                        "Gallwch chi ddweud na allwch chi ddod heb roi rheswm.",
                        "== Hyfforddiant a allai fod o ddiddordeb i chi ==",
                        "Mewn grŵp",
                        "Mae'n ymdrin â: hwyluso, siarad cyhoeddus")
                .doesNotContain("Training you might like", "null");
    }

    @Test
    void noSuggestionMeansNoTrainingSection() throws Exception {
        var ben = People.active(UUID.randomUUID(), "Ben");
        others.stubFor(post(urlEqualTo("/participants/lookup")).willReturn(okJson(People.lookup(List.of(ben)))));
        Map<String, Object> agenda = agenda(ben, ben, "GROUP");
        agenda.put("trainingSuggestion", null);
        agenda.put("upcomingSessions", List.of());
        others.stubFor(post(urlEqualTo("/agendas")).willReturn(okJson(People.json(Map.of("items", List.of(agenda))))));

        run(ben);

        assertThat(Mailbox.partOfType(
                        Mailbox.byRecipient(smtp.getReceivedMessages()).get(People.email(ben)), "text/html"))
                .doesNotContain("Training you might like", "Content note");
    }

    private void run(Map<String, Object>... people) throws Exception {
        String ids = String.join(
                "\",\"",
                java.util.Arrays.stream(people).map(p -> (String) p.get("id")).toList());
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
                .containsOnlyKeys(
                        java.util.Arrays.stream(people).map(People::email).toArray(String[]::new));
    }

    /** An agenda as sessions-service sends it after issue 14. */
    private static Map<String, Object> agenda(Map<String, Object> person, Map<String, Object> contact, String style) {
        Map<String, Object> session = new LinkedHashMap<>();
        session.put("sessionId", UUID.randomUUID().toString());
        session.put("projectName", "Crisis line");
        session.put("title", "Listening to what went wrong");
        session.put("type", "WORKSHOP");
        session.put("format", "IN_PERSON");
        session.put("start", "2030-04-12T17:00:00Z");
        session.put("end", "2030-04-12T18:30:00Z");
        session.put("timeZone", "Europe/London");
        session.put("status", "SCHEDULED");
        session.put("venue", Map.of("name", "Community Hall"));
        session.put("arrangements", Map.of("interpretation", List.of(), "captions", false, "quietSpace", true));
        session.put(
                "sensitive",
                Map.of(
                        "contentNote",
                        "We will talk about experiences of crisis care",
                        "wellbeingContactId",
                        contact.get("id")));
        session.put("trainingTopics", List.of());
        session.put("style", "GROUP");
        session.put("followUpOf", null);
        Map<String, Object> training = new LinkedHashMap<>();
        training.put("sessionId", UUID.randomUUID().toString());
        training.put("projectName", "Crisis line");
        training.put("title", "Chairing a meeting well");
        training.put("start", "2030-04-19T17:00:00Z");
        training.put("end", "2030-04-19T18:30:00Z");
        training.put("timeZone", "Europe/London");
        training.put("format", "ONLINE");
        training.put("style", style);
        training.put("trainingTopics", List.of("CHAIRING_MEETINGS", "FACILITATION", "PUBLIC_SPEAKING"));
        training.put("matchingTopics", List.of("FACILITATION", "PUBLIC_SPEAKING"));
        Map<String, Object> agenda = new HashMap<>();
        agenda.put("participantId", person.get("id"));
        agenda.put("upcomingSessions", List.of(session));
        agenda.put("summaries", List.of());
        agenda.put("openActions", List.of());
        agenda.put("projectUpdates", List.of());
        agenda.put("contributions", Map.of("sessionsAttended", 0, "hours", 0));
        agenda.put("trainingSuggestion", training);
        return agenda;
    }
}
