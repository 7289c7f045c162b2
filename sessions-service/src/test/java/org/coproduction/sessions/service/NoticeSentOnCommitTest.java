package org.coproduction.sessions.service;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.coproduction.sessions.domain.NoticeKind;
import org.coproduction.sessions.domain.NoticeStatus;
import org.coproduction.sessions.domain.OutboxNotice;
import org.coproduction.sessions.support.ApiTest;
import org.coproduction.sessions.support.People;
import org.coproduction.sessions.support.Sessions;
import org.coproduction.sessions.support.WireMockServers;
import org.junit.jupiter.api.Test;

/**
 * With the production setting on, an invitation and a cancellation reach notifications-service without waiting for
 * the job.
 */
@QuarkusTest
@TestProfile(NoticeSentOnCommitTest.SendOnCommit.class)
@QuarkusTestResource(WireMockServers.class)
class NoticeSentOnCommitTest extends ApiTest {

    public static class SendOnCommit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sessions.outbox.send-on-commit", "true");
        }
    }

    @Test
    void aCancellationIsSentAsSoonAsItCommits() {
        UUID aisha = People.person("Aisha").register();
        String project = createProject(aisha);
        String id = asCoordinator()
                .body(Sessions.body(project, null, "ONLINE", "2027-03-29T17:00:00Z", "2027-03-29T18:30:00Z", aisha))
                .post("/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        asCoordinator()
                .body(Map.of("reason", "Snow"))
                .post("/sessions/" + id + "/cancel")
                .then()
                .statusCode(200);

        // The invitation queued when the session was created, then the cancellation: each sent on its commit.
        List<OutboxNotice> notices = OutboxNotice.list("sessionId = ?1 order by createdAt", UUID.fromString(id));
        assertThat(notices)
                .extracting(n -> n.kind)
                .containsExactly(NoticeKind.SESSION_INVITATION, NoticeKind.SESSION_CANCELLED);
        for (OutboxNotice notice : notices) {
            UUID noticeId = notice.id;
            Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                WireMockServers.notifications()
                        .verify(
                                1,
                                postRequestedFor(urlEqualTo("/notices"))
                                        .withHeader("Idempotency-Key", equalTo(noticeId.toString())));
                assertThat(QuarkusTransaction.requiringNew()
                                .call(() -> OutboxNotice.<OutboxNotice>findById(noticeId))
                                .status)
                        .isEqualTo(NoticeStatus.SENT);
            });
        }
    }
}
