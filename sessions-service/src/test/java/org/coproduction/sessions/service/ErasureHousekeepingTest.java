package org.coproduction.sessions.service;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.coproduction.platform.security.TombstoneConfig;
import org.coproduction.platform.security.Tombstones;
import org.coproduction.sessions.domain.NoticeKind;
import org.coproduction.sessions.domain.OutboxNotice;
import org.coproduction.sessions.support.ApiTest;
import org.coproduction.sessions.support.People;
import org.coproduction.sessions.support.Sessions;
import org.coproduction.sessions.support.WireMockServers;
import org.junit.jupiter.api.Test;

/** Tombstones expire and are deleted; a notice whose only recipient is erased mid-send leaves nothing behind. */
@QuarkusTest
@QuarkusTestResource(WireMockServers.class)
class ErasureHousekeepingTest extends ApiTest {
    @Inject
    ErasureService erasures;

    @Inject
    ErasedParticipants erased;

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    EntityManager em;

    @Inject
    TombstoneConfig config;

    @Test
    void anExpiredTombstoneNoLongerRefusesAndIsDeleted() {
        UUID gone = UUID.randomUUID();
        erasures.erase(gone);
        expire(gone);

        assertThat(erased.isErased(gone)).isFalse();
        assertThat(erasures.purgeExpiredTombstones()).isGreaterThanOrEqualTo(1);
        assertThat(tombstoneCount(gone)).isZero();
        assertThat(erased.isErased(null)).isFalse();
    }

    @Test
    void aLiveTombstoneRefusesAndIsKeptByThePurge() {
        UUID gone = UUID.randomUUID();
        erasures.erase(gone);

        assertThat(erased.isErased(gone)).isTrue();
        erasures.purgeExpiredTombstones();
        assertThat(tombstoneCount(gone)).isOne();
        // Asked again, the remembered answer holds without a query.
        assertThat(erased.isErased(gone)).isTrue();
    }

    @Test
    void aNoticeWhoseOnlyRecipientIsErasedWhileBeingSentLeavesNothingBehind() {
        UUID aisha = People.person("Aisha").register();
        String project = createProject(aisha);
        String session = asCoordinator()
                .body(Sessions.body(project, null, "ONLINE", "2030-05-06T17:00:00Z", "2030-05-06T18:00:00Z", aisha))
                .post("/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        asCoordinator()
                .body(Map.of("reason", "The room flooded."))
                .post("/sessions/" + session + "/cancel")
                .then()
                .statusCode(200);
        UUID notice = QuarkusTransaction.requiringNew()
                .call(() -> OutboxNotice.<OutboxNotice>find(
                                "sessionId = ?1 and kind = ?2", UUID.fromString(session), NoticeKind.SESSION_CANCELLED)
                        .singleResult()
                        .id);
        makeOnlyDue(notice);
        Optional<OutboxDispatcher.Claimed> claimed =
                QuarkusTransaction.requiringNew().call(dispatcher::claimNext);
        assertThat(claimed).map(OutboxDispatcher.Claimed::id).contains(notice);

        erasures.erase(aisha);
        dispatcher.send(claimed.get());

        WireMockServers.notifications()
                .verify(postRequestedFor(urlEqualTo("/notices"))
                        .withHeader("Idempotency-Key", equalTo(notice.toString())));
        OutboxNotice left = QuarkusTransaction.requiringNew().call(() -> OutboxNotice.findById(notice));
        assertThat(left).isNull();
    }

    /** Every other pending notice (from other tests) waits, so the claim takes this one. */
    private void makeOnlyDue(UUID notice) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery(
                            "update notice_outbox set next_attempt_at = :later where status = 'PENDING' and id <> :id")
                    .setParameter("later", Instant.now().plusSeconds(3600))
                    .setParameter("id", notice)
                    .executeUpdate();
            em.createNativeQuery("update notice_outbox set next_attempt_at = :now where id = :id")
                    .setParameter("now", Instant.now().minusSeconds(1))
                    .setParameter("id", notice)
                    .executeUpdate();
        });
    }

    private void expire(UUID id) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("update erased_participant set keep_until = :past where tombstone = :t")
                        .setParameter("past", Instant.now().minusSeconds(1))
                        .setParameter("t", Tombstones.of(config.key(), id))
                        .executeUpdate());
    }

    private long tombstoneCount(UUID id) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number)
                                em.createNativeQuery("select count(*) from erased_participant where tombstone = :t")
                                        .setParameter("t", Tombstones.of(config.key(), id))
                                        .getSingleResult())
                        .longValue());
    }
}
