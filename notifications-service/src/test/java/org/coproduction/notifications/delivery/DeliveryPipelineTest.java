package org.coproduction.notifications.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
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
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
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
 * The pipeline when things go wrong, seen through notices: a service that is down makes the work wait (no attempt
 * counted, nothing marked sent) until it is back; people who cannot or must not be reached are skipped with the
 * reason in the log.
 */
@QuarkusTest
@QuarkusTestResource(OtherServicesWireMock.class)
class DeliveryPipelineTest {

    private static final String ICS = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:s@coproduction\r\n"
            + "SUMMARY:Survey workshop\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

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
    void participantsServiceDownMeansTheNoticeWaitsUntilItIsBack() throws Exception {
        var ada = People.active(UUID.randomUUID(), "Ada");
        others.stubFor(
                post(urlEqualTo("/participants/lookup")).willReturn(aResponse().withStatus(503)));

        sendNotice(List.of(ada), null);

        Delivery waiting = awaitOne(ada, d -> d.lastError != null);
        assertThat(waiting.status).isEqualTo(DeliveryStatus.PENDING);
        assertThat(waiting.attempts).isZero();
        assertThat(waiting.lastError).isEqualTo("participants-service is unavailable");
        assertThat(waiting.sentAt).isNull();
        assertThat(smtp.getReceivedMessages()).isEmpty();
        // Retried by the REST client before the work was handed back: 1 call and 2 retries.
        others.verify(3, postRequestedFor(urlEqualTo("/participants/lookup")));

        others.stubFor(post(urlEqualTo("/participants/lookup")).willReturn(okJson(People.lookup(List.of(ada)))));
        Delivery sent = awaitSentByTheRetryJob(ada);
        assertThat(sent.attempts).isEqualTo(1);
        assertThat(sent.lastError).isNull();
        assertThat(Mailbox.recipient(smtp.getReceivedMessages()[0])).isEqualTo(People.email(ada));
    }

    @Test
    void sessionsServiceDownForTheCalendarMeansTheNoticeWaitsAndIsThenSentWithIt() throws Exception {
        var bo = People.active(UUID.randomUUID(), "Bo");
        UUID session = UUID.randomUUID();
        others.stubFor(post(urlEqualTo("/participants/lookup")).willReturn(okJson(People.lookup(List.of(bo)))));
        others.stubFor(get(urlEqualTo("/sessions/" + session + "/calendar.ics"))
                .willReturn(aResponse().withStatus(500)));

        sendNotice(List.of(bo), session);

        Delivery waiting = awaitOne(bo, d -> d.lastError != null);
        assertThat(waiting.status).isEqualTo(DeliveryStatus.PENDING);
        assertThat(waiting.attempts).isZero();
        assertThat(waiting.lastError).isEqualTo("sessions-service is unavailable");
        assertThat(smtp.getReceivedMessages()).isEmpty();

        others.stubFor(get(urlEqualTo("/sessions/" + session + "/calendar.ics"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "text/calendar")
                        .withBody(ICS)));
        awaitSentByTheRetryJob(bo);
        MimeMessage message = smtp.getReceivedMessages()[0];
        var calendar = Mailbox.leaves(message).stream()
                .filter(l -> l.contentType().startsWith("text/calendar"))
                .findFirst()
                .orElseThrow();
        assertThat(calendar.fileName()).isEqualTo("session.ics");
        assertThat(calendar.content()).contains("SUMMARY:Survey workshop");
    }

    @Test
    void aSessionSessionsServiceNoLongerKnowsIsAnnouncedWithoutACalendarFile() throws Exception {
        var cai = People.active(UUID.randomUUID(), "Cai");
        UUID gone = UUID.randomUUID();
        others.stubFor(post(urlEqualTo("/participants/lookup")).willReturn(okJson(People.lookup(List.of(cai)))));
        others.stubFor(get(urlEqualTo("/sessions/" + gone + "/calendar.ics"))
                .willReturn(aResponse().withStatus(404)));

        sendNotice(List.of(cai), gone);

        awaitSentByTheRetryJob(cai);
        MimeMessage message = smtp.getReceivedMessages()[0];
        assertThat(Mailbox.leaves(message)).noneMatch(l -> l.contentType().startsWith("text/calendar"));
        assertThat(Mailbox.partOfType(message, "text/plain"))
                .contains("Hello Cai,", "We meet upstairs.")
                .doesNotContain("calendar file");
        // A 404 is an answer, not an outage: asked once, never retried.
        others.verify(1, getRequestedFor(urlEqualTo("/sessions/" + gone + "/calendar.ics")));
    }

    @Test
    void peopleWhoCannotOrMustNotBeReachedAreSkippedWithTheReason() throws Exception {
        var paused = People.person(UUID.randomUUID(), "Pia", "en", "Europe/London", "NEVER", "PLAIN_TEXT", "PAUSED");
        var withdrawn = People.person(UUID.randomUUID(), "Wes", "en", "Europe/London", "WEEKLY", "HTML", "WITHDRAWN");
        var noAddress = People.active(UUID.randomUUID(), "Nye");
        noAddress.put("email", " ");
        var erased = People.active(UUID.randomUUID(), "Eve");
        // participants-service no longer knows Eve: she is reported missing, not returned.
        others.stubFor(post(urlEqualTo("/participants/lookup"))
                .willReturn(okJson(People.lookup(List.of(paused, withdrawn, noAddress)))));

        sendNotice(List.of(paused, withdrawn, noAddress, erased), null);

        // Sent (GreenMail now and then leaves a send unanswered until its timeout: the retry job then sends it, as
        // the timer would; see %test.notifications.delivery.send-timeout).
        assertThat(awaitSentByTheRetryJob(paused).attempts).isBetween(1, 2);
        assertSkipped(withdrawn, "participant has withdrawn");
        assertSkipped(noAddress, "participant has no email address");
        assertSkipped(erased, "participant not found (erased or unknown)");
        // One mail (twice with one Message-ID at most, if a send left unanswered had arrived after all).
        assertThat(java.util.Arrays.stream(smtp.getReceivedMessages())
                        .map(m -> {
                            try {
                                return m.getMessageID();
                            } catch (jakarta.mail.MessagingException e) {
                                throw new IllegalStateException(e);
                            }
                        })
                        .distinct())
                .hasSize(1);
        MimeMessage toPia = smtp.getReceivedMessages()[0];
        assertThat(Mailbox.recipient(toPia)).isEqualTo(People.email(paused));
        // Plain text only, as Pia asked.
        assertThat(Mailbox.partOfType(toPia, "text/html")).isNull();
        // One lookup for the whole notice, however many people it reaches.
        others.verify(1, postRequestedFor(urlEqualTo("/participants/lookup")));
    }

    @Test
    void aPersonNamedTwiceInOneNoticeGetsOneMessage() throws Exception {
        var dai = People.active(UUID.randomUUID(), "Dai");
        others.stubFor(post(urlEqualTo("/participants/lookup")).willReturn(okJson(People.lookup(List.of(dai)))));

        given().auth()
                .oauth2(TestTokens.coordinator())
                .contentType(ContentType.JSON)
                .body(People.json(Map.of(
                        "participantIds",
                        List.of(dai.get("id"), dai.get("id")),
                        "kind",
                        "GENERAL",
                        "subject",
                        "Room change",
                        "body",
                        "We meet upstairs.")))
                .when()
                .post("/notices")
                .then()
                .statusCode(202)
                .body("deliveries", equalTo(1));

        awaitSentByTheRetryJob(dai);
        assertThat(Deliveries.of(id(dai))).hasSize(1);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    private void sendNotice(List<Map<String, Object>> people, UUID sessionId) {
        Map<String, Object> notice = new LinkedHashMap<>();
        notice.put("participantIds", people.stream().map(p -> p.get("id")).toList());
        notice.put("kind", sessionId == null ? "GENERAL" : "SESSION_CHANGED");
        notice.put("subject", "Room change");
        notice.put("body", "We meet upstairs.");
        if (sessionId != null) {
            notice.put("sessionId", sessionId.toString());
        }
        given().auth()
                .oauth2(TestTokens.service("sessions-service"))
                .contentType(ContentType.JSON)
                .body(People.json(notice))
                .when()
                .post("/notices")
                .then()
                .statusCode(202)
                .body("deliveries", equalTo(people.size()));
    }

    private static Delivery awaitOne(Map<String, Object> person, Predicate<Delivery> condition) {
        Delivery[] found = new Delivery[1];
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> {
                    List<Delivery> deliveries = Deliveries.of(id(person));
                    assertThat(deliveries).hasSize(1);
                    found[0] = deliveries.get(0);
                    assertThat(condition.test(found[0]))
                            .as("delivery %s in state %s", found[0].id, found[0].status)
                            .isTrue();
                });
        return found[0];
    }

    /** The retry job picks the waiting work up once its wait (1 s in tests) has passed, as the timer would. */
    private Delivery awaitSentByTheRetryJob(Map<String, Object> person) {
        Delivery[] found = new Delivery[1];
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    jobs.retryWaiting();
                    found[0] = Deliveries.of(id(person)).get(0);
                    assertThat(found[0].status).isEqualTo(DeliveryStatus.SENT);
                });
        return found[0];
    }

    private static void assertSkipped(Map<String, Object> person, String reason) {
        Delivery d = awaitOne(person, x -> x.status.isFinal());
        assertThat(d.status).isEqualTo(DeliveryStatus.SKIPPED);
        assertThat(d.lastError).isEqualTo(reason);
        assertThat(d.attempts).isZero();
        assertThat(d.sentAt).isNull();
    }

    private static UUID id(Map<String, Object> person) {
        return UUID.fromString((String) person.get("id"));
    }
}
