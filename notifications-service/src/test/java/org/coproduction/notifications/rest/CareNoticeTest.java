package org.coproduction.notifications.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
 * Issue 14: check-ins, coordinators' summaries, follow-up offers and mentor pairings through POST /notices, each
 * written for its reader; and a sensitive session's notice.
 */
@QuarkusTest
@QuarkusTestResource(OtherServicesWireMock.class)
class CareNoticeTest {

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
    void aCheckInReachesEachReaderInTheirLanguageAndNotSomeoneOnABreak() throws Exception {
        var aisha = People.person(UUID.randomUUID(), "Aisha", "en", "Europe/London", "WEEKLY", "HTML", "ACTIVE");
        var gwen = People.person(UUID.randomUUID(), "Gwen", "cy", "Europe/London", "WEEKLY", "PLAIN_TEXT", "ACTIVE");
        var pat = People.person(UUID.randomUUID(), "Pat", "en", "Europe/London", "WEEKLY", "HTML", "PAUSED");
        lookup(aisha, gwen, pat);

        send(Map.of("participantIds", List.of(aisha.get("id"), gwen.get("id"), pat.get("id")), "kind", "CHECK_IN"))
                .statusCode(202)
                .body("deliveries", equalTo(3));

        awaitMessages(2);
        var mail = Mailbox.byRecipient(smtp.getReceivedMessages());
        MimeMessage toAisha = mail.get(People.email(aisha));
        assertThat(toAisha.getSubject()).isEqualTo("We are thinking of you");
        assertThat(Mailbox.partOfType(toAisha, "text/html"))
                .contains(
                        "<h1>Just saying hello</h1>",
                        "<p>There is nothing you need to do, and you don&#39;t need to reply.</p>",
                        "<a href=\"http://localhost:8084/break?link=",
                        ">Taking a break</a>");
        MimeMessage toGwen = mail.get(People.email(gwen));
        assertThat(toGwen.getSubject()).isEqualTo("Rydyn ni'n meddwl amdanoch chi");
        assertThat(Mailbox.partOfType(toGwen, "text/plain"))
                .contains("a does dim angen i chi ateb.", "Cymryd seibiant:", "/break?link=");
        assertThat(mail).doesNotContainKey(People.email(pat));
        JsonPath skipped = delivery(pat, "SKIPPED");
        assertThat(skipped.getString("items[0].lastError")).isEqualTo("participant is PAUSED");
    }

    @Test
    void anEngagementSummaryNamesEachPersonWithReasonsForEachCoordinator() throws Exception {
        var cora = People.person(UUID.randomUUID(), "Cora", "en", "Europe/London", "WEEKLY", "HTML", "ACTIVE");
        var carys = People.person(UUID.randomUUID(), "Carys", "cy", "Europe/London", "WEEKLY", "HTML", "ACTIVE");
        var aisha = People.active(UUID.randomUUID(), "Aisha");
        var ben = People.active(UUID.randomUUID(), "Ben");
        lookup(cora, carys, aisha, ben);
        Map<String, Object> body = new HashMap<>();
        body.put("participantIds", List.of(cora.get("id"), carys.get("id")));
        body.put("kind", "ENGAGEMENT_SUMMARY");
        body.put("engagement", engagement(aisha, ben));

        send(body).statusCode(202).body("deliveries", equalTo(2));

        awaitMessages(2);
        var mail = Mailbox.byRecipient(smtp.getReceivedMessages());
        MimeMessage toCora = mail.get(People.email(cora));
        assertThat(toCora.getSubject()).isEqualTo("People who might need a call: Crisis line redesign");
        assertThat(Mailbox.partOfType(toCora, "text/plain"))
                .contains(
                        "Aisha: not at the last 3 sessions; last 2 invitations not answered. Last came on Monday 12"
                                + " October.",
                        "Ben: no session for 8 weeks. Has not come yet.");
        assertThat(Mailbox.partOfType(mail.get(People.email(carys)), "text/plain"))
                .contains("Aisha: ddim yn y 3 sesiwn ddiwethaf", "Ben: dim sesiwn ers 8 wythnos. Heb ddod eto.");
    }

    @Test
    void aFollowUpOfferNamesTheMentorAndContactAndCarriesNoCalendar() throws Exception {
        var aisha = People.person(UUID.randomUUID(), "Aisha", "en", "America/New_York", "WEEKLY", "HTML", "ACTIVE");
        var ben = People.active(UUID.randomUUID(), "Ben");
        var sam = People.active(UUID.randomUUID(), "Sam");
        lookup(aisha, ben, sam);
        Map<String, Object> body = new HashMap<>();
        body.put("participantIds", List.of(aisha.get("id")));
        body.put("kind", "FOLLOW_UP_OFFER");
        body.put("sessionId", UUID.randomUUID().toString());
        body.put("session", sensitiveSession(sam, true));
        body.put(
                "followUp",
                Map.of(
                        "dueBy",
                        "2026-12-21T20:00:00Z",
                        "mentorId",
                        ben.get("id"),
                        "wellbeingContactId",
                        sam.get("id")));

        send(body).statusCode(202);

        awaitMessages(1);
        MimeMessage message = smtp.getReceivedMessages()[0];
        assertThat(message.getSubject()).isEqualTo("Thank you for taking part in Listening to what went wrong");
        assertThat(Mailbox.partOfType(message, "text/plain"))
                .contains(
                        "with your mentor, Ben, or with Sam, the wellbeing contact.",
                        "This offer is open until Monday 21 December, 15:00.",
                        "You don't need to take it up");
        assertThat(Mailbox.leaves(message)).noneMatch(l -> l.contentType().startsWith("text/calendar"));
        others.verify(0, getRequestedFor(urlMatching("/sessions/.*")));
    }

    @Test
    void aPairingTellsTheMenteeAndTheMentorWhoTheOtherIs() throws Exception {
        var aisha = People.active(UUID.randomUUID(), "Aisha");
        var ben = People.person(UUID.randomUUID(), "Ben", "cy", "Europe/London", "WEEKLY", "HTML", "ACTIVE");
        lookup(aisha, ben);
        Map<String, Object> body = new HashMap<>();
        body.put("participantIds", List.of(aisha.get("id"), ben.get("id")));
        body.put("kind", "MENTOR_PAIRED");
        body.put("mentoring", Map.of("menteeId", aisha.get("id"), "mentorId", ben.get("id")));

        send(body).statusCode(202).body("deliveries", equalTo(2));

        awaitMessages(2);
        var mail = Mailbox.byRecipient(smtp.getReceivedMessages());
        assertThat(Mailbox.partOfType(mail.get(People.email(aisha)), "text/plain"))
                .contains("Ben will be your mentor or buddy.");
        MimeMessage toBen = mail.get(People.email(ben));
        assertThat(toBen.getSubject()).isEqualTo("Byddwch chi'n mentora Aisha");
        assertThat(Mailbox.partOfType(toBen, "text/plain")).contains("Byddwch chi'n mentora Aisha.");
    }

    @Test
    void aSensitiveSessionsNoticeCarriesTheContentNoteContactAndQuietSpace() throws Exception {
        var aisha = People.active(UUID.randomUUID(), "Aisha");
        var sam = People.active(UUID.randomUUID(), "Sam");
        lookup(aisha, sam);
        Map<String, Object> body = new HashMap<>();
        body.put("participantIds", List.of(aisha.get("id")));
        body.put("kind", "SESSION_CHANGED");
        body.put("session", sensitiveSession(sam, true));

        send(body).statusCode(202);

        awaitMessages(1);
        assertThat(Mailbox.partOfType(smtp.getReceivedMessages()[0], "text/html"))
                .contains(
                        "<li>Content note: We will talk about experiences of crisis care</li>",
                        "<li>Sam is the wellbeing contact for this session.</li>",
                        "<li>There will be a quiet space.</li>",
                        "<li>You can say you can&#39;t come without giving a reason.</li>");
    }

    @Test
    void aPostReaderGetsTheCheckInAsALetter() throws Exception {
        var mo = People.active(UUID.randomUUID(), "Mo");
        mo.put("communication", Map.of("channel", "POST", "digestFrequency", "WEEKLY", "format", "HTML"));
        mo.put("postalAddress", Map.of("lines", List.of("12 High Street", "Leeds"), "postcode", "LS1 4AB"));
        lookup(mo);

        send(Map.of("participantIds", List.of(mo.get("id")), "kind", "CHECK_IN"))
                .statusCode(202);

        String deliveryId = delivery(mo, "READY").getString("items[0].id");
        byte[] pdf = given().auth()
                .oauth2(TestTokens.coordinator())
                .get("/deliveries/" + deliveryId + "/document")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (PDDocument letter = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(letter).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("12 High Street", "We are thinking of you", "you don't need to reply.")
                    // A signed sign-in link has no place on paper.
                    .doesNotContain("link=");
        }
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void theSameKeyAnswersWithTheFirstNoticeAndDifferentFactsAreRefused() throws Exception {
        var aisha = People.active(UUID.randomUUID(), "Aisha");
        var ben = People.active(UUID.randomUUID(), "Ben");
        lookup(aisha, ben);
        String key = "pairing-" + UUID.randomUUID();
        Map<String, Object> body = new HashMap<>();
        body.put("participantIds", List.of(aisha.get("id"), ben.get("id")));
        body.put("kind", "MENTOR_PAIRED");
        body.put("mentoring", Map.of("menteeId", aisha.get("id"), "mentorId", ben.get("id")));

        String first = send(body, key).statusCode(202).extract().path("id");
        send(body, key).statusCode(202).body("id", equalTo(first));
        body.put("mentoring", Map.of("menteeId", ben.get("id"), "mentorId", aisha.get("id")));
        send(body, key).statusCode(422).body("type", equalTo("urn:coproduction:problem:idempotency-key-reused"));

        awaitMessages(2);
        assertThat(Mailbox.countByRecipient(smtp.getReceivedMessages()).values())
                .containsOnly(1L);
    }

    @Test
    @SuppressWarnings("unchecked")
    void eachKindNeedsItsOwnFactsAndNoSubjectOrBody() {
        String id = UUID.randomUUID().toString();
        var aisha = People.active(UUID.randomUUID(), "Aisha");
        var ben = People.active(UUID.randomUUID(), "Ben");
        Map<String, Object> body = new HashMap<>();
        body.put("participantIds", List.of(id));

        body.put("kind", "ENGAGEMENT_SUMMARY");
        send(body).statusCode(400).body("errors.field", hasItem("engagement"));
        body.put("kind", "MENTOR_PAIRED");
        send(body).statusCode(400).body("errors.field", hasItem("mentoring"));
        body.put("kind", "FOLLOW_UP_OFFER");
        send(body).statusCode(400).body("errors.field", hasItem("followUp"));
        body.put("followUp", Map.of("dueBy", "2026-12-21T20:00:00Z", "wellbeingContactId", id));
        send(body).statusCode(400).body("errors.field", hasItem("session"));

        // Facts of another kind are refused, not dropped.
        body.put("kind", "CHECK_IN");
        send(body).statusCode(400).body("errors.field", hasItem("followUp"));
        body.remove("followUp");
        body.put("subject", "Hello");
        send(body).statusCode(400).body("errors.field", hasItem("subject"));
        body.remove("subject");
        body.put("body", "Hello");
        send(body).statusCode(400).body("errors.field", hasItem("body"));
        body.remove("body");

        body.put("kind", "MENTOR_PAIRED");
        body.put("mentoring", Map.of("menteeId", id, "mentorId", id));
        send(body).statusCode(400).body("errors.field", hasItem("mentoring.mentorId"));
        body.put("mentoring", Map.of("menteeId", id));
        send(body).statusCode(400).body("errors.field", hasItem("mentoring.mentorId"));

        body.remove("mentoring");
        body.put("kind", "ENGAGEMENT_SUMMARY");
        Map<String, Object> engagement = engagement(aisha, ben);
        ((Map<String, Object>) ((List<?>) engagement.get("people")).get(0))
                .put("reasons", List.of(Map.of("code", "MISSED_SESSIONS", "count", 0)));
        body.put("engagement", engagement);
        send(body).statusCode(400).body("errors.field", hasItem("engagement.people[0].reasons[0].count"));
        ((Map<String, Object>) ((List<?>) engagement.get("people")).get(0))
                .put("reasons", List.of(Map.of("code", "BORED", "count", 2)));
        // An unknown word is unreadable JSON (malformed-request): the detail names the field.
        send(body).statusCode(400).body("detail", containsString("engagement.people[0].reasons[0].code"));
        engagement.put("people", List.of());
        send(body).statusCode(400).body("errors.field", hasItem("engagement.people"));
        engagement.put("colour", "red");
        send(body).statusCode(400);
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void aSessionsNewFactsAreCheckedToo() {
        var sam = People.active(UUID.randomUUID(), "Sam");
        Map<String, Object> body = new HashMap<>();
        body.put("participantIds", List.of(UUID.randomUUID().toString()));
        body.put("kind", "SESSION_CHANGED");
        Map<String, Object> session = sensitiveSession(sam, false);
        session.put("sensitive", Map.of("contentNote", "x".repeat(501), "wellbeingContactId", sam.get("id")));
        body.put("session", session);
        send(body).statusCode(400).body("errors.field", hasItem("session.sensitive.contentNote"));
        session.put("sensitive", Map.of("contentNote", "About crisis care"));
        send(body).statusCode(400).body("errors.field", hasItem("session.sensitive.wellbeingContactId"));
        session.put("sensitive", null);
        session.put("trainingTopics", List.of("facilitation"));
        send(body).statusCode(400).body("errors.field", hasItem("session.trainingTopics[0]"));
    }

    static Map<String, Object> engagement(Map<String, Object> first, Map<String, Object> second) {
        Map<String, Object> aisha = new LinkedHashMap<>();
        aisha.put("participantId", first.get("id"));
        aisha.put(
                "reasons",
                List.of(
                        Map.of("code", "MISSED_SESSIONS", "count", 3),
                        Map.of("code", "UNANSWERED_INVITATIONS", "count", 2)));
        aisha.put("lastAttendedAt", "2026-10-12T18:00:00Z");
        Map<String, Object> ben = new LinkedHashMap<>();
        ben.put("participantId", second.get("id"));
        ben.put("reasons", List.of(Map.of("code", "NO_SESSION_FOR_WEEKS", "count", 8)));
        ben.put("lastAttendedAt", null);
        Map<String, Object> engagement = new LinkedHashMap<>();
        engagement.put("projectId", UUID.randomUUID().toString());
        engagement.put("projectName", "Crisis line redesign");
        engagement.put("people", List.of(aisha, ben));
        return engagement;
    }

    /** A session as sessions-service sends it after issue 14 (every new field, read or not). */
    static Map<String, Object> sensitiveSession(Map<String, Object> contact, boolean quietSpace) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("title", "Listening to what went wrong");
        s.put("projectName", "Crisis line redesign");
        s.put("type", "WORKSHOP");
        s.put("format", "IN_PERSON");
        s.put("start", "2026-12-14T18:00:00Z");
        s.put("end", "2026-12-14T20:00:00Z");
        s.put("timeZone", "Europe/London");
        s.put("venue", Map.of("name", "Community Hall"));
        s.put("sequence", 1);
        s.put(
                "sensitive",
                Map.of(
                        "contentNote",
                        "We will talk about experiences of crisis care",
                        "wellbeingContactId",
                        contact.get("id")));
        s.put(
                "arrangements",
                Map.of("quietSpace", quietSpace, "interpretation", List.of("bfi"), "captions", false, "breaks", true));
        s.put("trainingTopics", List.of());
        s.put("style", "GROUP");
        s.put("followUpOf", null);
        return s;
    }

    @SafeVarargs
    private void lookup(Map<String, Object>... people) {
        others.stubFor(post(urlEqualTo("/participants/lookup")).willReturn(okJson(People.lookup(List.of(people)))));
    }

    private static ValidatableResponse send(Map<String, Object> body) {
        return send(body, null);
    }

    private static ValidatableResponse send(Map<String, Object> body, String key) {
        var request =
                given().auth().oauth2(TestTokens.service("sessions-service")).contentType(ContentType.JSON);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.body(People.json(body)).when().post("/notices").then();
    }

    private static JsonPath delivery(Map<String, Object> person, String status) {
        JsonPath[] last = new JsonPath[1];
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> {
                    last[0] = given().auth()
                            .oauth2(TestTokens.coordinator())
                            .queryParam("participantId", person.get("id"))
                            .queryParam("status", status)
                            .get("/deliveries")
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath();
                    assertThat(last[0].getList("items")).hasSize(1);
                });
        return last[0];
    }

    private void awaitMessages(int count) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    if (smtp.getReceivedMessages().length < count) {
                        jobs.retryWaiting();
                    }
                    return smtp.getReceivedMessages().length == count;
                });
    }
}
