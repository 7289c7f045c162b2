package org.coproduction.notifications.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
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

/** Issue 13: POST /notices with the session's facts; each reader gets it written in their language and zone. */
@QuarkusTest
@QuarkusTestResource(OtherServicesWireMock.class)
class SessionNoticeTest {

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

    static Map<String, Object> session(String venue, String start, String end) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("title", "Listening to what went wrong");
        s.put("projectName", "Crisis line redesign");
        s.put("purpose", "To hear what went wrong when people called.");
        s.put("type", "WORKSHOP");
        s.put("format", "IN_PERSON");
        s.put("start", start);
        s.put("end", end);
        s.put("timeZone", "Europe/London");
        s.put("venue", Map.of("name", venue, "address", "1 High Street, Leeds"));
        s.put("sequence", 3);
        return s;
    }

    @Test
    void aVenueChangeIsWrittenForEachReaderInTheirLanguageAndFormat() throws Exception {
        var aisha = People.person(UUID.randomUUID(), "Aisha", "en", "Europe/London", "NEVER", "HTML", "ACTIVE");
        var gwen = People.person(UUID.randomUUID(), "Gwen", "cy", "Europe/London", "WEEKLY", "LARGE_PRINT", "ACTIVE");
        var lee = People.person(UUID.randomUUID(), "Lee", "en", "America/New_York", "WEEKLY", "PLAIN_TEXT", "ACTIVE");
        others.stubFor(
                post(urlEqualTo("/participants/lookup")).willReturn(okJson(People.lookup(List.of(aisha, gwen, lee)))));
        Map<String, Object> body = new HashMap<>();
        body.put("participantIds", List.of(aisha.get("id"), gwen.get("id"), lee.get("id")));
        body.put("kind", "SESSION_CHANGED");
        body.put("session", session("Library Room", "2026-12-14T18:00:00Z", "2026-12-14T20:00:00Z"));
        body.put("previous", session("Community Hall", "2026-12-14T18:00:00Z", "2026-12-14T20:00:00Z"));

        send(body).statusCode(202).body("deliveries", equalTo(3));

        awaitMessages(3);
        var mail = Mailbox.byRecipient(smtp.getReceivedMessages());
        MimeMessage toAisha = mail.get(People.email(aisha));
        assertThat(toAisha.getSubject()).isEqualTo("Session changed: Listening to what went wrong");
        String html = Mailbox.partOfType(toAisha, "text/html");
        assertThat(html)
                .contains(
                        "<h1>A session has changed</h1>",
                        "<p>The venue changed from Community Hall to Library Room.</p>",
                        "<p>The time is the same.</p>",
                        "<li>When: Monday 14 December 2026, 18:00 to 20:00 (Europe/London time)</li>",
                        "<li>Where: Library Room, 1 High Street, Leeds</li>",
                        "<li>What it is for: To hear what went wrong when people called.</li>",
                        "font-size: 16px");
        assertThat(Mailbox.partOfType(toAisha, "text/plain").replace("\r\n", "\n"))
                .contains("The venue changed from Community Hall to Library Room.\nThe time is the same.\n")
                .contains("What: Listening to what went wrong\nProject: Crisis line redesign\n");

        MimeMessage toGwen = mail.get(People.email(gwen));
        assertThat(toGwen.getSubject()).isEqualTo("Sesiwn wedi newid: Listening to what went wrong");
        assertThat(Mailbox.partOfType(toGwen, "text/html"))
                .contains(
                        "<html lang=\"cy\">",
                        "Mae sesiwn wedi newid",
                        "Mae&#39;r lleoliad wedi newid o Community Hall i Library Room.",
                        "Pryd: dydd Llun 14 Rhagfyr 2026, 18:00 i 20:00 (amser Europe/London)",
                        "font-size: 24px")
                .doesNotContain("The venue", "When:");

        MimeMessage toLee = mail.get(People.email(lee));
        assertThat(Mailbox.partOfType(toLee, "text/html")).isNull();
        assertThat(Mailbox.partOfType(toLee, "text/plain"))
                .contains("When: Monday 14 December 2026, 13:00 to 15:00 (America/New_York time)");
    }

    @Test
    void theCalendarPartIsAnItipRequestOrCancelForEachReader() throws Exception {
        var aisha = People.active(UUID.randomUUID(), "Aisha");
        var gwen = People.person(UUID.randomUUID(), "Gwen", "cy", "Europe/London", "WEEKLY", "HTML", "ACTIVE");
        UUID sessionId = UUID.randomUUID();
        others.stubFor(
                post(urlEqualTo("/participants/lookup")).willReturn(okJson(People.lookup(List.of(aisha, gwen)))));
        others.stubFor(get(urlEqualTo("/sessions/" + sessionId + "/calendar.ics"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "text/calendar")
                        .withBody(ItipTestFiles.FILE)));
        Map<String, Object> body = new HashMap<>();
        body.put("participantIds", List.of(aisha.get("id"), gwen.get("id")));
        body.put("kind", "SESSION_CHANGED");
        body.put("sessionId", sessionId.toString());
        body.put("session", session("Library Room", "2026-12-14T18:00:00Z", "2026-12-14T20:00:00Z"));
        body.put("previous", session("Community Hall", "2026-12-14T18:00:00Z", "2026-12-14T20:00:00Z"));
        send(body).statusCode(202);

        awaitMessages(2);
        var mail = Mailbox.byRecipient(smtp.getReceivedMessages());
        for (var person : List.of(aisha, gwen)) {
            var part = calendarPart(mail.get(People.email(person)));
            assertThat(part.contentType()).contains("text/calendar", "method=REQUEST");
            String unfolded = part.content().replace("\r\n ", "");
            assertThat(unfolded)
                    .contains(
                            "METHOD:REQUEST",
                            "UID:" + ItipTestFiles.UID,
                            "SEQUENCE:3",
                            "ORGANIZER;CN=Co-production team:mailto:updates@coproduction.local",
                            "RSVP=FALSE",
                            "mailto:" + People.email(person));
        }

        smtp.purgeEmailFromAllMailboxes();
        body.put("kind", "SESSION_CANCELLED");
        body.remove("previous");
        body.put("reason", "The hall flooded");
        send(body).statusCode(202);
        awaitMessages(2);
        var cancel = calendarPart(smtp.getReceivedMessages()[0]);
        assertThat(cancel.contentType()).contains("method=CANCEL");
        assertThat(cancel.content())
                .contains("METHOD:CANCEL", "STATUS:CANCELLED")
                .doesNotContain("CONFIRMED");
    }

    private static Mailbox.Leaf calendarPart(MimeMessage message) throws Exception {
        return Mailbox.leaves(message).stream()
                .filter(l -> l.contentType().startsWith("text/calendar"))
                .findFirst()
                .orElseThrow();
    }

    /** A file as sessions-service serves it: no METHOD, no ORGANIZER, SEQUENCE 3, confirmed. */
    static final class ItipTestFiles {
        static final String UID = "5f0c1d2e-8a7b-4c3d-9e1f-2a3b4c5d6e7f@sessions.coproduction";
        static final String FILE = "BEGIN:VCALENDAR\r\nPRODID:-//Co-production support suite//sessions-service//EN\r\n"
                + "VERSION:2.0\r\nCALSCALE:GREGORIAN\r\nBEGIN:VEVENT\r\nDTSTAMP:20261201T100000Z\r\n"
                + "DTSTART:20261214T180000Z\r\nDTEND:20261214T200000Z\r\nSUMMARY:Listening to what went wrong\r\n"
                + "UID:" + UID + "\r\nSEQUENCE:3\r\nLOCATION:Library Room\\, 1 High Street\r\n"
                + "STATUS:CONFIRMED\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    }

    @Test
    void aCancellationCarriesTheReasonAndTheOrganisersNote() throws Exception {
        var nia = People.active(UUID.randomUUID(), "Nia");
        others.stubFor(post(urlEqualTo("/participants/lookup")).willReturn(okJson(People.lookup(List.of(nia)))));
        Map<String, Object> body = new HashMap<>();
        body.put("participantIds", List.of(nia.get("id")));
        body.put("kind", "SESSION_CANCELLED");
        body.put("session", session("Community Hall", "2026-12-14T18:00:00Z", "2026-12-14T20:00:00Z"));
        body.put("reason", "The hall flooded");
        body.put("body", "We are sorry.\n\nWe will offer a new date soon.");

        send(body).statusCode(202);

        awaitMessages(1);
        MimeMessage message = smtp.getReceivedMessages()[0];
        assertThat(message.getSubject()).isEqualTo("Session cancelled: Listening to what went wrong");
        assertThat(Mailbox.partOfType(message, "text/html"))
                .contains(
                        "<li>Why: The hall flooded</li>",
                        "<h3>A note from the organisers:</h3>",
                        "<p>We are sorry.</p>",
                        "<p>We will offer a new date soon.</p>");
    }

    @Test
    void withoutASessionSubjectAndBodyAreStillRequired() {
        Map<String, Object> body = new HashMap<>();
        body.put("participantIds", List.of(UUID.randomUUID().toString()));
        body.put("kind", "GENERAL");
        body.put("body", "Hello");
        send(body).statusCode(400).body("errors.field", hasItem("subject"));
        body.put("subject", "Hello");
        body.remove("body");
        send(body).statusCode(400).body("errors.field", hasItem("body"));
    }

    @Test
    void aSessionIsCheckedLikeEverythingElse() {
        Map<String, Object> body = new HashMap<>();
        body.put("participantIds", List.of(UUID.randomUUID().toString()));
        body.put("kind", "SESSION_CHANGED");

        body.put("session", session("Hall", "2026-12-14T20:00:00Z", "2026-12-14T18:00:00Z"));
        send(body).statusCode(400).body("errors.field", hasItem("session.end"));

        var badZone = session("Hall", "2026-12-14T18:00:00Z", "2026-12-14T20:00:00Z");
        badZone.put("timeZone", "Mars/Olympus");
        body.put("session", badZone);
        send(body).statusCode(400).body("errors.field", hasItem("session.timeZone"));

        var control = session("Hall\u0007", "2026-12-14T18:00:00Z", "2026-12-14T20:00:00Z");
        body.put("session", session("Hall", "2026-12-14T18:00:00Z", "2026-12-14T20:00:00Z"));
        body.put("previous", control);
        send(body).statusCode(400);

        var noTitle = session("Hall", "2026-12-14T18:00:00Z", "2026-12-14T20:00:00Z");
        noTitle.remove("title");
        body.put("previous", null);
        body.put("session", noTitle);
        send(body).statusCode(400).body("errors.field", hasItem("session.title"));

        var unknown = session("Hall", "2026-12-14T18:00:00Z", "2026-12-14T20:00:00Z");
        unknown.put("colour", "red");
        body.put("session", unknown);
        send(body).statusCode(400);

        body.put("session", session("Hall", "2026-12-14T18:00:00Z", "2026-12-14T20:00:00Z"));
        body.put("reason", "x".repeat(2001));
        send(body).statusCode(400).body("errors.field", hasItem("reason"));
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    private static ValidatableResponse send(Map<String, Object> body) {
        return given().auth()
                .oauth2(TestTokens.service("sessions-service"))
                .contentType(ContentType.JSON)
                .body(People.json(body))
                .when()
                .post("/notices")
                .then();
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
