package org.coproduction.notifications.rest;

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
import jakarta.mail.internet.MimeUtility;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.notifications.domain.Delivery;
import org.coproduction.notifications.domain.DeliveryStatus;
import org.coproduction.notifications.retry.DeliveryRetryService;
import org.coproduction.notifications.support.Deliveries;
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
 * Issue 12: what POST /notices and POST /digests/runs refuse at the door, and a subject in any script arriving as
 * written.
 */
@QuarkusTest
@QuarkusTestResource(OtherServicesWireMock.class)
class NoticeInputTest {

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
    void aSubjectWithALineBreakTabOrControlCharacterIsRefusedNamingTheSubject() {
        for (String subject : List.of(
                "Session moved\r\nBcc: everyone@example.org",
                "Session moved\nto Friday",
                "Session\tmoved",
                "Session moved\u0007",
                "Session moved\u0085",
                "Session moved\u2028today")) {
            send(null, notice(subject, "We meet on Friday."))
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:coproduction:problem:validation"))
                    .body("errors.field", hasItem("subject"));
        }
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void aBodyMayHoldTabsAndLineBreaksButNoOtherControlCharacter() {
        for (String body : List.of("Bring this\u0000", "Ring the bell\u0007", "Escape\u001b[31m", "Next\u0085line")) {
            send(null, notice("Room change", body))
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem("body"));
        }
        var nia = People.active(UUID.randomUUID(), "Nia");
        others.stubFor(post(urlEqualTo("/participants/lookup")).willReturn(okJson(People.lookup(List.of(nia)))));
        send(null, notice(List.of(nia.get("id")), "Room change", "Upstairs:\r\n\tRoom 2\nThe lift is on the left."))
                .statusCode(202);
    }

    @Test
    void aSubjectInAnyScriptArrivesExactlyAsWritten() throws Exception {
        var nia = People.active(UUID.randomUUID(), "Nia");
        others.stubFor(post(urlEqualTo("/participants/lookup")).willReturn(okJson(People.lookup(List.of(nia)))));
        String subject = "Gŵyl yr haf 🎉 – dewch â'ch teulu, ŷd a 日本語 \"quoted\" =?not-a-word?= "
                + "and a long tail so that it needs more than one encoded word in the header 😀😀😀";

        send(null, notice(List.of(nia.get("id")), subject, "See you there.")).statusCode(202);

        MimeMessage message = awaitMailTo(nia);
        assertThat(message.getSubject()).isEqualTo(subject);
        String raw = message.getHeader("Subject", null);
        assertThat(MimeUtility.decodeText(MimeUtility.unfold(raw))).isEqualTo(subject);
        // RFC 2047: only ASCII on the wire, in lines that mail programs read.
        assertThat(raw).matches("\\p{ASCII}+");
        for (String line : raw.split("\r?\n")) {
            assertThat(line.length()).isLessThanOrEqualTo(78);
        }
    }

    @Test
    void aStoredSubjectWithALineBreakCannotAddAHeaderNorHoldUpTheOthers() throws Exception {
        // Refused at the door today, but a notice stored before (or by another way in) must still go out safely.
        var nia = People.active(UUID.randomUUID(), "Nia");
        var owen = People.active(UUID.randomUUID(), "Owen");
        others.stubFor(post(urlEqualTo("/participants/lookup")).willReturn(okJson(People.lookup(List.of(nia, owen)))));
        String subject = "Room change\r\nBcc: everyone@example.org";
        UUID notice = Deliveries.storedNotice(subject, "Upstairs.");
        for (var person : List.of(nia, owen)) {
            Delivery d = Deliveries.asNotice(
                    Deliveries.digest(
                            UUID.fromString((String) person.get("id")), DeliveryStatus.PENDING, Duration.ZERO),
                    notice);
            d.nextAttemptAt = Instant.now();
            Deliveries.store(d);
        }

        // One line, as a subject is: the line break is a space and adds no header; both mails go.
        for (var person : List.of(nia, owen)) {
            MimeMessage message = awaitMailTo(person);
            assertThat(message.getHeader("Bcc")).isNull();
            assertThat(message.getSubject()).isEqualTo("Room change Bcc: everyone@example.org");
        }
    }

    @Test
    void aPlainSubjectIsSentAsItIs() throws Exception {
        var nia = People.active(UUID.randomUUID(), "Nia");
        others.stubFor(post(urlEqualTo("/participants/lookup")).willReturn(okJson(People.lookup(List.of(nia)))));
        send(null, notice(List.of(nia.get("id")), "Room change on 3 April", "Upstairs."))
                .statusCode(202);
        assertThat(awaitMailTo(nia).getHeader("Subject", null)).isEqualTo("Room change on 3 April");
    }

    @Test
    void anIdempotencyKeyReusedWithADifferentNoticeIsRefusedAndTheSameNoticeAnswersAsBefore() {
        var nia = People.active(UUID.randomUUID(), "Nia");
        others.stubFor(post(urlEqualTo("/participants/lookup")).willReturn(okJson(People.lookup(List.of(nia)))));
        String key = "outbox-" + UUID.randomUUID();
        Map<String, Object> first = notice(List.of(nia.get("id")), "Room change", "Upstairs.");

        String id = send(key, first).statusCode(202).extract().path("id");

        // The same notice again (a client's retry after a timeout): the first one, nothing sent twice.
        send(key, first).statusCode(202).body("id", equalTo(id)).body("deliveries", equalTo(1));
        // The same notice, its JSON written in another order: still the same request.
        Map<String, Object> reordered = new LinkedHashMap<>();
        reordered.put("body", first.get("body"));
        reordered.put("subject", first.get("subject"));
        reordered.put("kind", first.get("kind"));
        reordered.put("participantIds", first.get("participantIds"));
        send(key, reordered).statusCode(202).body("id", equalTo(id));

        for (Map<String, Object> other : List.of(
                notice(List.of(nia.get("id")), "Room change", "Downstairs."),
                notice(List.of(nia.get("id")), "Room moved", "Upstairs."),
                notice(List.of(nia.get("id"), UUID.randomUUID().toString()), "Room change", "Upstairs."))) {
            send(key, other)
                    .statusCode(422)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:coproduction:problem:idempotency-key-reused"))
                    .body("status", equalTo(422))
                    .body("instance", equalTo("/notices"));
        }
        // A different key is a different notice.
        String other = send("outbox-" + UUID.randomUUID(), notice(List.of(nia.get("id")), "Room change", "Downstairs."))
                .statusCode(202)
                .extract()
                .path("id");
        assertThat(other).isNotEqualTo(id);
        // Two notices, so two mails, and no more: the retries and the refused ones sent nothing.
        awaitMailTo(nia);
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> mailTo(nia).size() == 2);
    }

    @Test
    void aRunForAnEmptyListOfPeopleIsRefusedWhileLeavingTheListOutMeansEveryone() {
        for (String body : List.of("{\"participantIds\":[],\"force\":true}", "{\"participantIds\":[]}")) {
            given().auth()
                    .oauth2(TestTokens.coordinator())
                    .contentType(ContentType.JSON)
                    .body(body)
                    .when()
                    .post("/digests/runs")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:coproduction:problem:validation"))
                    .body("errors.field", hasItem("participantIds"));
        }
    }

    /** The first mail to this person, once it has arrived (the retry job finishes a send GreenMail dropped). */
    private MimeMessage awaitMailTo(Map<String, Object> person) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> {
                    if (mailTo(person).isEmpty()) {
                        jobs.retryWaiting();
                    }
                    return !mailTo(person).isEmpty();
                });
        return mailTo(person).get(0);
    }

    private static List<MimeMessage> mailTo(Map<String, Object> person) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> Mailbox.recipient(m).equals(People.email(person)))
                .toList();
    }

    private static Map<String, Object> notice(String subject, String body) {
        return notice(List.of(UUID.randomUUID().toString()), subject, body);
    }

    private static Map<String, Object> notice(List<Object> participantIds, String subject, String body) {
        Map<String, Object> notice = new LinkedHashMap<>();
        notice.put("participantIds", participantIds);
        notice.put("kind", "GENERAL");
        notice.put("subject", subject);
        notice.put("body", body);
        return notice;
    }

    private static ValidatableResponse send(String idempotencyKey, Map<String, Object> notice) {
        var request = given().auth().oauth2(TestTokens.service("sessions-service"));
        if (idempotencyKey != null) {
            request = request.header("Idempotency-Key", idempotencyKey);
        }
        return request.contentType(ContentType.JSON)
                .body(People.json(notice))
                .when()
                .post("/notices")
                .then();
    }
}
