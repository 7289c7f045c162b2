package org.coproduction.sessions.service;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.coproduction.platform.testing.PrometheusScrape;
import org.coproduction.sessions.domain.NoticeKind;
import org.coproduction.sessions.domain.NoticeStatus;
import org.coproduction.sessions.domain.OutboxNotice;
import org.coproduction.sessions.support.ApiTest;
import org.coproduction.sessions.support.People;
import org.coproduction.sessions.support.Sessions;
import org.coproduction.sessions.support.WireMockServers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(WireMockServers.class)
class OutboxDispatcherTest extends ApiTest {
    @Inject
    OutboxDispatcher dispatcher;

    /**
     * Other tests leave notices due (every new session queues an invitation): they are sent first, and those calls
     * forgotten, so each test here claims and counts only its own notices.
     */
    @BeforeEach
    void nothingElseDue() {
        for (int batches = 0; batches < 1000 && dispatcher.dispatchDue() > 0; batches++) {
            // each batch is capped; keep going until nothing is due
        }
        WireMockServers.notifications().resetRequests();
    }

    @Test
    void aCancellationIsSentWithItsOutboxIdAsIdempotencyKeyAndAServiceToken() {
        UUID aisha = People.person("Aisha").register();
        String session = cancelledSession(aisha);
        OutboxNotice notice = noticeOf(session, NoticeKind.SESSION_CANCELLED);

        dispatcher.dispatchDue();

        List<LoggedRequest> sent = WireMockServers.notifications()
                .findAll(postRequestedFor(urlEqualTo("/notices"))
                        .withHeader("Idempotency-Key", equalTo(notice.id.toString())));
        assertThat(sent).hasSize(1);
        WireMockServers.notifications()
                .verify(postRequestedFor(urlEqualTo("/notices"))
                        .withHeader("Idempotency-Key", equalTo(notice.id.toString()))
                        .withHeader("Authorization", matching("Bearer .+"))
                        .withRequestBody(matchingJsonPath("$.kind", equalTo("SESSION_CANCELLED")))
                        .withRequestBody(matchingJsonPath("$.sessionId", equalTo(session)))
                        .withRequestBody(matchingJsonPath("$.participantIds[0]", equalTo(aisha.toString())))
                        // Facts, not English sentences: notifications-service writes the words per reader.
                        .withRequestBody(matchingJsonPath("$.reason", equalTo("Snow")))
                        .withRequestBody(matchingJsonPath("$.session.title", equalTo("Planning the spring workshops")))
                        .withRequestBody(matchingJsonPath("$.session.sequence", equalTo("1")))
                        .withRequestBody(notMatching(".*\"subject\".*"))
                        .withRequestBody(notMatching(".*\"body\".*")));
        String payload = new String(
                Base64.getUrlDecoder()
                        .decode(sent.get(0).getHeader("Authorization").split("\\.")[1]),
                StandardCharsets.UTF_8);
        assertThat(payload).contains("\"groups\":[\"service\"]").contains("\"sub\":\"sessions-service\"");
        OutboxNotice after = reload(notice.id);
        assertThat(after.status).isEqualTo(NoticeStatus.SENT);
        assertThat(after.sentAt).isNotNull();

        dispatcher.dispatchDue();
        assertThat(WireMockServers.notifications()
                        .findAll(postRequestedFor(urlEqualTo("/notices"))
                                .withHeader("Idempotency-Key", equalTo(notice.id.toString()))))
                .hasSize(1);
    }

    @Test
    void aNoticeStoredBeforeNoticesCarriedFactsIsSentWithItsSubjectAndBodyAsTheyAre() {
        UUID aisha = People.person("Aisha").register();
        String session = invitedSession(aisha);
        // As a row written by the earlier release: subject and body, no facts.
        UUID id = QuarkusTransaction.requiringNew().call(() -> {
            OutboxNotice old = new OutboxNotice();
            old.kind = NoticeKind.SESSION_CANCELLED;
            old.recipients.add(aisha);
            old.subject = "Cancelled: Planning the spring workshops on Mon 29 Mar";
            old.body = "Planning the spring workshops will not happen.";
            old.sessionId = UUID.fromString(session);
            old.persist();
            return old.id;
        });

        dispatcher.dispatchDue();

        WireMockServers.notifications()
                .verify(postRequestedFor(urlEqualTo("/notices"))
                        .withHeader("Idempotency-Key", equalTo(id.toString()))
                        .withRequestBody(matchingJsonPath(
                                "$.subject", equalTo("Cancelled: Planning the spring workshops on Mon 29 Mar")))
                        .withRequestBody(
                                matchingJsonPath("$.body", equalTo("Planning the spring workshops will not happen.")))
                        .withRequestBody(notMatching(".*\"session\".*")));
        assertThat(reload(id).status).isEqualTo(NoticeStatus.SENT);
    }

    @Test
    void whileNotificationsIsDownTheNoticeIsKeptAndSentLaterExactlyOnce() {
        WireMockServers.notifications()
                .stubFor(post(urlEqualTo("/notices")).willReturn(aResponse().withStatus(503)));
        UUID aisha = People.person("Aisha").register();
        PrometheusScrape before = PrometheusScrape.fetch();
        String session = cancelledSession(aisha);
        OutboxNotice notice = noticeOf(session, NoticeKind.SESSION_CANCELLED);

        dispatcher.dispatchDue();

        OutboxNotice failed = reload(notice.id);
        assertThat(failed.status).isEqualTo(NoticeStatus.PENDING);
        assertThat(failed.attempts).isEqualTo(1);
        assertThat(failed.lastError).contains("503");
        assertThat(failed.nextAttemptAt).isAfter(Instant.now().plusSeconds(5));
        // On /q/metrics: both queued (the invitation and the cancellation), each tried once and kept, waiting with an
        // age.
        PrometheusScrape waiting = PrometheusScrape.fetch();
        assertThat(moved(before, waiting, "coproduction_outbox_queued_total", "outbox", "notice"))
                .isEqualTo(2);
        assertThat(moved(before, waiting, DISPATCHED, "outbox", "notice", "outcome", "retry"))
                .isEqualTo(2);
        assertThat(moved(before, waiting, DISPATCHED, "outbox", "notice", "outcome", "sent"))
                .isZero();
        assertThat(waiting.value("coproduction_outbox_pending", "outbox", "notice"))
                .isGreaterThanOrEqualTo(1);
        assertThat(waiting.value("coproduction_outbox_oldest_pending_age_seconds", "outbox", "notice"))
                .isGreaterThan(0);

        WireMockServers.resetToDefaults();
        circuitClosed();
        // Not due yet: nothing is sent before the backoff has passed.
        dispatcher.dispatchDue();
        assertThat(reload(notice.id).status).isEqualTo(NoticeStatus.PENDING);

        QuarkusTransaction.requiringNew()
                .run(() -> OutboxNotice.update(
                        "nextAttemptAt = ?1 where id = ?2", Instant.now().minusSeconds(1), notice.id));
        dispatcher.dispatchDue();

        assertThat(reload(notice.id).status).isEqualTo(NoticeStatus.SENT);
        assertThat(WireMockServers.notifications()
                        .findAll(postRequestedFor(urlEqualTo("/notices"))
                                .withHeader("Idempotency-Key", equalTo(notice.id.toString()))))
                .hasSize(1);
        PrometheusScrape after = PrometheusScrape.fetch();
        // Only the cancellation was made due again; the invitation still waits for its backoff.
        assertThat(moved(waiting, after, DISPATCHED, "outbox", "notice", "outcome", "sent"))
                .isEqualTo(1);
        assertThat(after.value("coproduction_outbox_pending", "outbox", "notice"))
                .isEqualTo(pendingNotices());
    }

    private static final String DISPATCHED = "coproduction_outbox_dispatched_total";

    private static double moved(PrometheusScrape before, PrometheusScrape after, String name, String... labels) {
        return after.value(name, labels) - before.value(name, labels);
    }

    private static double pendingNotices() {
        return QuarkusTransaction.requiringNew()
                .call(() -> (double) OutboxNotice.count("status", NoticeStatus.PENDING));
    }

    @Test
    void aClaimedNoticeIsLeasedSoNoOtherReplicaTakesItWhileItIsBeingSent() {
        UUID aisha = People.person("Aisha").register();
        OutboxNotice notice = noticeOf(invitedSession(aisha), NoticeKind.SESSION_INVITATION);

        Optional<OutboxDispatcher.Claimed> claimed =
                QuarkusTransaction.requiringNew().call(dispatcher::claimNext);
        assertThat(claimed).map(OutboxDispatcher.Claimed::id).contains(notice.id);
        // Another replica asking now finds nothing due: the lease moved the next attempt ahead.
        assertThat(QuarkusTransaction.requiringNew().call(dispatcher::claimNext))
                .isEmpty();
        assertThat(reload(notice.id).nextAttemptAt).isAfter(Instant.now().plus(Duration.ofMinutes(1)));
        WireMockServers.notifications().verify(0, postRequestedFor(urlEqualTo("/notices")));

        dispatcher.send(claimed.get());

        assertThat(reload(notice.id).status).isEqualTo(NoticeStatus.SENT);
        WireMockServers.notifications()
                .verify(
                        1,
                        postRequestedFor(urlEqualTo("/notices"))
                                .withHeader("Idempotency-Key", equalTo(notice.id.toString())));
    }

    @Test
    void theCoordinatorNeverWaitsForNotificationsService() {
        WireMockServers.notifications()
                .stubFor(post(urlEqualTo("/notices"))
                        .willReturn(aResponse().withStatus(202).withFixedDelay(10_000)));
        UUID aisha = People.person("Aisha").register();
        long started = System.nanoTime();

        cancelledSession(aisha);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void theDispatchContinuesTheTraceOfTheRequestThatQueuedTheNotice() {
        UUID aisha = People.person("Aisha").register();
        String session = invitedSession(aisha);
        String traceId =
                "4bf92f3577b34da6a3ce929d0e0e" + UUID.randomUUID().toString().substring(0, 4);
        String callerSpan = "00f067aa0ba902b7";
        asCoordinator()
                .header("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
                .body(Map.of("reason", "Snow"))
                .post("/sessions/" + session + "/cancel")
                .then()
                .statusCode(200);
        OutboxNotice notice = noticeOf(session, NoticeKind.SESSION_CANCELLED);
        // The request's own server span, a child of the caller's: stored with the notice, not the caller's id.
        assertThat(notice.traceparent).matches("00-" + traceId + "-[0-9a-f]{16}-01");
        String requestSpan = notice.traceparent.split("-")[2];
        assertThat(requestSpan).isNotEqualTo(callerSpan);

        dispatcher.dispatchDue();

        List<LoggedRequest> sent = WireMockServers.notifications()
                .findAll(postRequestedFor(urlEqualTo("/notices"))
                        .withHeader("Idempotency-Key", equalTo(notice.id.toString())));
        assertThat(sent).hasSize(1);
        String carried = sent.get(0).getHeader("traceparent");
        // Same trace; a span of the dispatch (not the request's, which ended long ago) as the parent.
        assertThat(carried).matches("00-" + traceId + "-[0-9a-f]{16}-01");
        assertThat(carried.split("-")[2]).isNotIn(requestSpan, callerSpan);
    }

    @Test
    void aNoticeQueuedOutsideATraceIsSentInATraceOfItsOwn() {
        UUID aisha = People.person("Aisha").register();
        String session = invitedSession(aisha);
        OutboxNotice invitation = noticeOf(session, NoticeKind.SESSION_INVITATION);
        QuarkusTransaction.requiringNew()
                .run(() -> OutboxNotice.update("traceparent = null where id = ?1", invitation.id));

        dispatcher.dispatchDue();

        List<LoggedRequest> sent = WireMockServers.notifications()
                .findAll(postRequestedFor(urlEqualTo("/notices"))
                        .withHeader("Idempotency-Key", equalTo(invitation.id.toString())));
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).getHeader("traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
    }

    @Test
    void backoffDoublesUpToTheMaximum() {
        assertThat(dispatcher.backoff(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(dispatcher.backoff(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(dispatcher.backoff(4)).isEqualTo(Duration.ofSeconds(80));
        assertThat(dispatcher.backoff(50)).isEqualTo(Duration.ofMinutes(30));
    }

    void circuitClosed() {
        standInsUp();
    }

    /** A new session, which queues its invitation. */
    String invitedSession(UUID invitee) {
        String project = createProject(invitee);
        return asCoordinator()
                .body(Sessions.body(project, null, "ONLINE", "2027-03-29T17:00:00Z", "2027-03-29T18:30:00Z", invitee))
                .post("/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** A new session, cancelled: its invitation and then its cancellation are queued. */
    String cancelledSession(UUID invitee) {
        String id = invitedSession(invitee);
        asCoordinator()
                .body(Map.of("reason", "Snow"))
                .post("/sessions/" + id + "/cancel")
                .then()
                .statusCode(200);
        return id;
    }

    /** The session's one notice of this kind. */
    static OutboxNotice noticeOf(String session, NoticeKind kind) {
        List<OutboxNotice> notices = OutboxNotice.list("sessionId = ?1 and kind = ?2", UUID.fromString(session), kind);
        assertThat(notices).hasSize(1);
        return notices.get(0);
    }

    static OutboxNotice reload(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxNotice.<OutboxNotice>findById(id));
    }
}
