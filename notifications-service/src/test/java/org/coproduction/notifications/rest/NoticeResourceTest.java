package org.coproduction.notifications.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
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
import static org.hamcrest.Matchers.hasItems;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.notifications.config.PortalConfig;
import org.coproduction.notifications.retry.DeliveryRetryService;
import org.coproduction.notifications.support.InjectWireMock;
import org.coproduction.notifications.support.Mailbox;
import org.coproduction.notifications.support.OtherServicesWireMock;
import org.coproduction.notifications.support.People;
import org.coproduction.notifications.support.SharedSmtp;
import org.coproduction.platform.link.PortalLinks;
import org.coproduction.platform.link.PortalLinks.Purpose;
import org.coproduction.platform.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@QuarkusTest
@QuarkusTestResource(OtherServicesWireMock.class)
class NoticeResourceTest {

    private static final String ICS = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//coproduction//sessions//EN\r\n"
            + "METHOD:CANCEL\r\nBEGIN:VEVENT\r\nUID:survey-workshop@coproduction\r\nSUMMARY:Survey workshop\r\n"
            + "STATUS:CANCELLED\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

    @RegisterExtension
    static GreenMailExtension smtp = SharedSmtp.SERVER;

    @InjectWireMock
    WireMockServer others;

    @Inject
    DeliveryRetryService jobs;

    @Inject
    PortalConfig portal;

    @BeforeEach
    void reset() {
        others.resetAll();
    }

    @Test
    void aCancellationReachesEachInviteeInTheirLanguageWithTheCalendarFileOnce() throws Exception {
        var aisha = People.person(UUID.randomUUID(), "Aisha", "en", "Europe/London", "NEVER", "HTML", "ACTIVE");
        var gwen = People.person(UUID.randomUUID(), "Gwen", "cy", "Europe/London", "WEEKLY", "PLAIN_TEXT", "ACTIVE");
        UUID sessionId = UUID.randomUUID();
        others.stubFor(
                post(urlEqualTo("/participants/lookup")).willReturn(okJson(People.lookup(List.of(aisha, gwen)))));
        others.stubFor(get(urlEqualTo("/sessions/" + sessionId + "/calendar.ics"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "text/calendar")
                        .withBody(ICS)));
        String body = People.json(Map.of(
                "participantIds",
                List.of(aisha.get("id"), gwen.get("id"), aisha.get("id")),
                "kind",
                "SESSION_CANCELLED",
                "subject",
                "Survey workshop on 29 March is cancelled",
                "body",
                "We are sorry: the venue is closed.\n\nWe will offer a new date soon.",
                "sessionId",
                sessionId.toString()));

        String id = given().auth()
                .oauth2(TestTokens.service("sessions-service"))
                .header("Idempotency-Key", "outbox-" + sessionId)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/notices")
                .then()
                .statusCode(202)
                .body("deliveries", equalTo(2))
                .extract()
                .path("id");

        awaitMessages(2);
        var mail = Mailbox.byRecipient(smtp.getReceivedMessages());

        MimeMessage toAisha = mail.get(People.email(aisha));
        assertThat(toAisha.getSubject()).isEqualTo("Survey workshop on 29 March is cancelled");
        assertThat(toAisha.getContentType()).startsWith("multipart/mixed");
        assertThat(Mailbox.partOfType(toAisha, "text/html"))
                .contains(
                        "<html lang=\"en\">",
                        "<h1>A session has been cancelled</h1>",
                        "<p>We are sorry: the venue is closed.</p>",
                        "<p>We will offer a new date soon.</p>",
                        "calendar file sent with this email");
        assertCalendarAttached(toAisha);

        MimeMessage toGwen = mail.get(People.email(gwen));
        assertThat(Mailbox.partOfType(toGwen, "text/html")).isNull();
        assertThat(Mailbox.partOfType(toGwen, "text/plain"))
                .contains(
                        "Mae sesiwn wedi'i chanslo",
                        "Helo Gwen,",
                        "We are sorry: the venue is closed.",
                        "ffeil calendr");
        assertCalendarAttached(toGwen);

        // sessions-service retries its outbox: same key, same notice, nothing sent twice.
        given().auth()
                .oauth2(TestTokens.service("sessions-service"))
                .header("Idempotency-Key", "outbox-" + sessionId)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/notices")
                .then()
                .statusCode(202)
                .body("id", equalTo(id))
                .body("deliveries", equalTo(2));
        // Nothing of this notice is waiting or in flight any more, so nothing more can go out: then count.
        awaitAllSent(List.of(aisha, gwen));
        assertThat(smtp.getReceivedMessages()).hasSize(2);
        // The calendar is fetched once for the notice, not once per person. A send the SMTP server timed out is tried
        // again and composed afresh, fetching it once more: allow exactly one fetch per such extra attempt.
        int extraAttempts = attempts(aisha) + attempts(gwen) - 2;
        assertThat(others.findAll(getRequestedFor(urlMatching("/sessions/.*/calendar.ics"))))
                .hasSizeBetween(1, 1 + extraAttempts);
    }

    private static int attempts(Map<String, Object> person) {
        return given().auth()
                .oauth2(TestTokens.coordinator())
                .queryParam("participantId", person.get("id"))
                .queryParam("kind", "NOTICE")
                .when()
                .get("/deliveries")
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].attempts");
    }

    @Test
    void anInvitationCarriesEachPersonsOwnAnswerLinksInTheirLanguageAndFormat() throws Exception {
        var aisha = People.person(UUID.randomUUID(), "Aisha", "en", "Europe/London", "WEEKLY", "HTML", "ACTIVE");
        var gwen = People.person(UUID.randomUUID(), "Gwen", "cy", "Europe/London", "WEEKLY", "LARGE_PRINT", "ACTIVE");
        var lee = People.person(UUID.randomUUID(), "Lee", "en", "Europe/London", "WEEKLY", "PLAIN_TEXT", "ACTIVE");
        // Pat is taking a break: no invitations until it ends.
        var pat = People.person(UUID.randomUUID(), "Pat", "en", "Europe/London", "WEEKLY", "HTML", "PAUSED");
        UUID sessionId = UUID.randomUUID();
        others.stubFor(post(urlEqualTo("/participants/lookup"))
                .willReturn(okJson(People.lookup(List.of(aisha, gwen, lee, pat)))));
        others.stubFor(get(urlEqualTo("/sessions/" + sessionId + "/calendar.ics"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "text/calendar")
                        .withBody(ICS.replace("METHOD:CANCEL", "METHOD:PUBLISH")
                                .replace("STATUS:CANCELLED", "STATUS:CONFIRMED"))));

        given().auth()
                .oauth2(TestTokens.service("sessions-service"))
                .header("Idempotency-Key", "invite-" + sessionId)
                .contentType(ContentType.JSON)
                .body(People.json(Map.of(
                        "participantIds",
                        List.of(aisha.get("id"), gwen.get("id"), lee.get("id"), pat.get("id")),
                        "kind",
                        "SESSION_INVITATION",
                        "subject",
                        "You are invited: survey workshop on 29 March",
                        "body",
                        "We would love you to join us.",
                        "sessionId",
                        sessionId.toString())))
                .when()
                .post("/notices")
                .then()
                .statusCode(202)
                .body("deliveries", equalTo(4));

        awaitMessages(3);
        var mail = Mailbox.byRecipient(smtp.getReceivedMessages());
        assertThat(mail).doesNotContainKey(People.email(pat));
        given().auth()
                .oauth2(TestTokens.coordinator())
                .queryParam("participantId", pat.get("id"))
                .when()
                .get("/deliveries")
                .then()
                .statusCode(200)
                .body("items[0].status", equalTo("SKIPPED"))
                .body("items[0].lastError", containsString("taking a break"));
        PortalLinks links = new PortalLinks(portal.linkKey(), Clock.systemUTC());
        String base = "http://localhost:8084/coming-up/" + sessionId + "?answer=";
        java.util.Set<String> tokens = new java.util.HashSet<>();
        for (var person : List.of(aisha, gwen, lee)) {
            UUID id = UUID.fromString((String) person.get("id"));
            MimeMessage message = mail.get(People.email(person));
            String text = Mailbox.partOfType(message, "text/plain");
            String coming = token(text, base + "COMING&link=");
            String notComing = token(text, base + "NOT_COMING&link=");
            assertThat(links.verify(coming, Purpose.SIGN_IN).participantId()).isEqualTo(id);
            assertThat(links.verify(notComing, Purpose.SIGN_IN).participantId()).isEqualTo(id);
            tokens.add(coming);
            assertCalendarAttached(message, "STATUS:CONFIRMED");
            String html = Mailbox.partOfType(message, "text/html");
            if (person == lee) {
                assertThat(html).isNull();
            } else {
                // In HTML the & of the address is written &amp;, as HTML wants it.
                assertThat(html)
                        .contains("<a href=\"" + base + "COMING&amp;link=" + coming + "\">")
                        .contains("<a href=\"" + base + "NOT_COMING&amp;link=" + notComing + "\">");
            }
        }
        // Per recipient different: each link signs in its own person only.
        assertThat(tokens).hasSize(3);

        String english = Mailbox.partOfType(mail.get(People.email(aisha)), "text/plain");
        assertThat(english).contains("You are invited to a session", "I'm coming", "I can't come");
        assertThat(Mailbox.partOfType(mail.get(People.email(aisha)), "text/html"))
                .contains("I&#39;m coming", "I can&#39;t come");
        MimeMessage toGwen = mail.get(People.email(gwen));
        assertThat(Mailbox.partOfType(toGwen, "text/plain"))
                .contains("Rydych chi'n cael eich gwahodd i sesiwn", "Rwy'n dod", "Ni allaf ddod")
                .doesNotContain("I'm coming");
        assertThat(Mailbox.partOfType(toGwen, "text/html"))
                .contains("font-size: 24px", "Rwy&#39;n dod", "Ni allaf ddod");
    }

    @Test
    void anInvitationNeedsItsSession() {
        given().auth()
                .oauth2(TestTokens.service("sessions-service"))
                .contentType(ContentType.JSON)
                .body("{\"participantIds\":[\"" + UUID.randomUUID()
                        + "\"],\"kind\":\"SESSION_INVITATION\",\"subject\":\"s\",\"body\":\"b\"}")
                .when()
                .post("/notices")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:coproduction:problem:validation"))
                .body("errors.field", hasItems("sessionId"));
    }

    /** The link's token: what follows {@code prefix} up to the end of its line. */
    private static String token(String text, String prefix) {
        assertThat(text).contains(prefix);
        return text.substring(text.indexOf(prefix) + prefix.length())
                .lines()
                .findFirst()
                .orElseThrow()
                .strip();
    }

    @Test
    void aGeneralNoticeWithoutSessionHasNoAttachment() throws Exception {
        var sam = People.active(UUID.randomUUID(), "Sam");
        others.stubFor(post(urlEqualTo("/participants/lookup")).willReturn(okJson(People.lookup(List.of(sam)))));

        given().auth()
                .oauth2(TestTokens.coordinator())
                .contentType(ContentType.JSON)
                .body(People.json(Map.of(
                        "participantIds",
                        List.of(sam.get("id")),
                        "kind",
                        "GENERAL",
                        "subject",
                        "Room change",
                        "body",
                        "We meet upstairs from now on.")))
                .when()
                .post("/notices")
                .then()
                .statusCode(202);

        awaitMessages(1);
        MimeMessage message = smtp.getReceivedMessages()[0];
        assertThat(Mailbox.leaves(message)).noneMatch(l -> l.contentType().startsWith("text/calendar"));
        assertThat(Mailbox.partOfType(message, "text/plain")).contains("A message for you", "We meet upstairs");
        others.verify(0, getRequestedFor(urlMatching("/sessions/.*")));
    }

    @Test
    void anInvalidNoticeListsEveryBadField() {
        given().auth()
                .oauth2(TestTokens.service("sessions-service"))
                .contentType(ContentType.JSON)
                .body("{\"participantIds\":[],\"subject\":\" \"}")
                .when()
                .post("/notices")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:coproduction:problem:validation"))
                .body("errors.field", hasItems("participantIds", "kind", "subject", "body"));
    }

    @Test
    void unknownFieldsAndUnknownKindsAreRejected() {
        given().auth()
                .oauth2(TestTokens.service("sessions-service"))
                .contentType(ContentType.JSON)
                .body("{\"participantIds\":[\"" + UUID.randomUUID() + "\"],\"kind\":\"GENERAL\",\"subject\":\"s\","
                        + "\"body\":\"b\",\"sesionId\":null}")
                .when()
                .post("/notices")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:coproduction:problem:malformed-request"))
                .body("detail", containsString("sesionId"));
        given().auth()
                .oauth2(TestTokens.service("sessions-service"))
                .contentType(ContentType.JSON)
                .body("{\"participantIds\":[\"" + UUID.randomUUID()
                        + "\"],\"kind\":\"PARTY\",\"subject\":\"s\",\"body\":\"b\"}")
                .when()
                .post("/notices")
                .then()
                .statusCode(400)
                .body("detail", containsString("kind"));
    }

    @Test
    void onlyServicesAndCoordinatorsMaySendNotices() {
        String body = "{\"participantIds\":[\"" + UUID.randomUUID()
                + "\"],\"kind\":\"GENERAL\",\"subject\":\"s\",\"body\":\"b\"}";
        given().auth()
                .oauth2(TestTokens.participant(UUID.randomUUID()))
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/notices")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/notices")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
        given().auth()
                .oauth2("not-a-token")
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/notices")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    /** Notices go out in the background; a send the SMTP server dropped is finished by the retry job, as in production. */
    @Test
    void eachDeliveryOfANoticeKeepsTheTraceOfTheRequestThatQueuedIt() {
        var aisha = People.person(UUID.randomUUID(), "Aisha", "en", "Europe/London", "NEVER", "HTML", "ACTIVE");
        var gwen = People.person(UUID.randomUUID(), "Gwen", "cy", "Europe/London", "WEEKLY", "PLAIN_TEXT", "ACTIVE");
        others.stubFor(
                post(urlEqualTo("/participants/lookup")).willReturn(okJson(People.lookup(List.of(aisha, gwen)))));
        String traceId =
                "0af7651916cd43dd8448eb211c8" + UUID.randomUUID().toString().substring(0, 5);
        String callerSpan = "b7ad6b7169203331";
        String id = given().auth()
                .oauth2(TestTokens.service("sessions-service"))
                .header("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
                .contentType(ContentType.JSON)
                .body(People.json(Map.of(
                        "participantIds", List.of(aisha.get("id"), gwen.get("id")),
                        "kind", "SESSION_CANCELLED",
                        "subject", "Cancelled",
                        "body", "The workshop is cancelled.")))
                .post("/notices")
                .then()
                .statusCode(202)
                .extract()
                .path("id");

        List<String> stored = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> org
                        .coproduction
                        .notifications
                        .domain
                        .Delivery
                        .<org.coproduction.notifications.domain.Delivery>list("noticeId", UUID.fromString(id))
                        .stream()
                        .map(d -> d.traceparent)
                        .toList());
        // The receiving request's server span (a child of the caller's), which the delivery's span continues.
        assertThat(stored)
                .hasSize(2)
                .allSatisfy(t -> assertThat(t).matches("00-" + traceId + "-[0-9a-f]{16}-01"))
                .noneSatisfy(t -> assertThat(t).contains(callerSpan));
        awaitMessages(2);
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

    private static void awaitAllSent(List<Map<String, Object>> people) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> {
                    for (Map<String, Object> person : people) {
                        given().auth()
                                .oauth2(TestTokens.coordinator())
                                .queryParam("participantId", person.get("id"))
                                .queryParam("kind", "NOTICE")
                                .when()
                                .get("/deliveries")
                                .then()
                                .statusCode(200)
                                .body("total", equalTo(1))
                                .body("items[0].status", equalTo("SENT"));
                    }
                });
    }

    private static void assertCalendarAttached(MimeMessage message) {
        assertCalendarAttached(message, "STATUS:CANCELLED");
    }

    private static void assertCalendarAttached(MimeMessage message, String status) {
        var calendar = Mailbox.leaves(message).stream()
                .filter(l -> l.contentType().startsWith("text/calendar"))
                .findFirst()
                .orElseThrow();
        assertThat(calendar.fileName()).isEqualTo("session.ics");
        assertThat(calendar.content()).contains("BEGIN:VCALENDAR", status);
    }
}
