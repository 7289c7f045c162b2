package org.coproduction.participants.service;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduction.participants.rest.ParticipantFixtures.group;
import static org.coproduction.participants.rest.ParticipantFixtures.register;
import static org.coproduction.participants.rest.ParticipantFixtures.valid;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.participants.support.Bearer;
import org.coproduction.participants.support.Db;
import org.coproduction.participants.support.InjectNotifications;
import org.coproduction.participants.support.OtherServicesWireMock;
import org.coproduction.platform.testing.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A coordinator confirms a pairing; both people are told once, through the outbox, however long it takes. */
@QuarkusTest
class MentorPairingTest {

    @InjectNotifications
    WireMockServer notifications;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MentorPairingWorker worker;

    @BeforeEach
    @AfterEach
    void notificationsAccept() {
        OtherServicesWireMock.acceptEverything(notifications);
    }

    private static void nameMentor(UUID mentee, Object mentor, String organisation) {
        given().auth()
                .oauth2(TestTokens.coordinator())
                .contentType("application/merge-patch+json")
                .body(Map.of("organisation", organisation, "support", Map.of("mentorId", mentor)))
                .patch("/participants/" + mentee)
                .then()
                .statusCode(200);
    }

    private List<LoggedRequest> noticesAbout(UUID mentee, UUID mentor) {
        String body = "{\"participantIds\": [\"" + mentee + "\", \"" + mentor + "\"], \"kind\": \"MENTOR_PAIRED\","
                + " \"mentoring\": {\"menteeId\": \"" + mentee + "\", \"mentorId\": \"" + mentor + "\"}}";
        return notifications.findAll(postRequestedFor(urlEqualTo("/notices")).withRequestBody(equalToJson(body)));
    }

    private long queuedFor(UUID mentee) {
        return Db.count(dataSource, "SELECT count(*) FROM mentor_pairing_outbox WHERE mentee_id = ?", mentee);
    }

    @Test
    void aPairingSendsExactlyOneNoticeToBothAndSavingTheSameMentorAgainSendsNothing() {
        UUID mentee = register();
        UUID mentor = register();
        nameMentor(mentee, mentor.toString(), "First");
        assertThat(queuedFor(mentee)).isEqualTo(1);
        UUID key = UUID.fromString(
                Db.text(dataSource, "SELECT id::text FROM mentor_pairing_outbox WHERE mentee_id = ?", mentee));

        assertThat(worker.run()).isPositive();

        List<LoggedRequest> sent = noticesAbout(mentee, mentor);
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).getHeader("Idempotency-Key")).isEqualTo(key.toString());
        assertThat(Bearer.isServiceToken(sent.get(0).getHeader("Authorization")))
                .isTrue();
        assertThat(queuedFor(mentee)).isZero();

        // The same mentor saved again (with another change) is no news; nor is the mentee's own edit.
        nameMentor(mentee, mentor.toString(), "Second");
        given().auth()
                .oauth2(TestTokens.participant(mentee))
                .contentType("application/merge-patch+json")
                .body(Map.of("support", Map.of("wantsMentor", false)))
                .patch("/participants/" + mentee)
                .then()
                .statusCode(200);
        assertThat(queuedFor(mentee)).isZero();
        worker.run();
        assertThat(noticesAbout(mentee, mentor)).hasSize(1);
    }

    @Test
    void theNoticeContinuesTheTraceOfTheRequestThatConfirmedThePairing() {
        UUID mentee = register();
        UUID mentor = register();
        String traceId =
                "6bf92f3577b34da6a3ce929d0e0e" + UUID.randomUUID().toString().substring(0, 4);
        given().auth()
                .oauth2(TestTokens.coordinator())
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .contentType("application/merge-patch+json")
                .body(Map.of("support", Map.of("mentorId", mentor.toString())))
                .patch("/participants/" + mentee)
                .then()
                .statusCode(200);
        String stored =
                Db.text(dataSource, "SELECT traceparent FROM mentor_pairing_outbox WHERE mentee_id = ?", mentee);
        assertThat(stored).matches("00-" + traceId + "-[0-9a-f]{16}-01").doesNotContain("00f067aa0ba902b7");

        worker.run();

        List<LoggedRequest> sent = noticesAbout(mentee, mentor);
        assertThat(sent).hasSize(1);
        // Same trace; the worker's span (not the long-finished request's) is the call's parent.
        assertThat(sent.get(0).getHeader("traceparent"))
                .matches("00-" + traceId + "-[0-9a-f]{16}-01")
                .isNotEqualTo(stored);
    }

    @Test
    void registeringWithAMentorOrChangingToAnotherIsAPairingButRemovingOneIsNot() {
        UUID mentor = register();
        UUID other = register();
        Map<String, Object> body = valid();
        group(body, "support").put("mentorId", mentor.toString());
        UUID mentee = register(body);
        assertThat(Db.count(
                        dataSource,
                        "SELECT count(*) FROM mentor_pairing_outbox WHERE mentee_id = ? AND mentor_id = ?",
                        mentee,
                        mentor))
                .isEqualTo(1);

        nameMentor(mentee, other.toString(), "Changed");
        given().auth()
                .oauth2(TestTokens.coordinator())
                .contentType("application/merge-patch+json")
                .body("{\"support\": {\"mentorId\": null}}")
                .patch("/participants/" + mentee)
                .then()
                .statusCode(200);
        assertThat(queuedFor(mentee)).isEqualTo(2);

        worker.run();
        assertThat(noticesAbout(mentee, mentor)).hasSize(1);
        assertThat(noticesAbout(mentee, other)).hasSize(1);
        assertThat(queuedFor(mentee)).isZero();
    }

    @Test
    void aNoticeNotAcceptedIsRetriedWithTheSameKeyUntilItIs() {
        notifications.stubFor(
                post(urlEqualTo("/notices")).willReturn(aResponse().withStatus(503)));
        UUID mentee = register();
        UUID mentor = register();
        nameMentor(mentee, mentor.toString(), "Retried");

        worker.run();
        assertThat(Db.count(
                        dataSource,
                        "SELECT count(*) FROM mentor_pairing_outbox WHERE mentee_id = ? AND attempts = 1"
                                + " AND next_attempt_at > now()",
                        mentee))
                .isEqualTo(1);
        // Not due yet: the backoff holds it back.
        List<LoggedRequest> refused = noticesAbout(mentee, mentor);
        assertThat(refused).isNotEmpty();
        String key = refused.get(0).getHeader("Idempotency-Key");
        worker.run();
        assertThat(noticesAbout(mentee, mentor)).hasSameSizeAs(refused);

        OtherServicesWireMock.acceptEverything(notifications);
        Db.update(
                dataSource,
                "UPDATE mentor_pairing_outbox SET next_attempt_at = now() - interval '1 second' WHERE mentee_id = ?",
                mentee);
        worker.run();

        assertThat(queuedFor(mentee)).isZero();
        List<LoggedRequest> accepted = noticesAbout(mentee, mentor);
        assertThat(accepted)
                .singleElement()
                .satisfies(notice ->
                        assertThat(notice.getHeader("Idempotency-Key")).isEqualTo(key));
    }
}
