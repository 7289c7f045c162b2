package org.coproduction.participants.service;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.coproduction.participants.rest.ParticipantFixtures.register;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.participants.support.Bearer;
import org.coproduction.participants.support.Db;
import org.coproduction.participants.support.InjectNotifications;
import org.coproduction.participants.support.InjectSessions;
import org.coproduction.participants.support.OtherServicesWireMock;
import org.coproduction.platform.security.TombstoneConfig;
import org.coproduction.platform.security.Tombstones;
import org.coproduction.platform.testing.PrometheusScrape;
import org.coproduction.platform.testing.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Erasure across the suite: one transaction here, then the outbox carries it to the other services until done. */
@QuarkusTest
class ErasureOutboxTest {

    @InjectSessions
    WireMockServer sessions;

    @InjectNotifications
    WireMockServer notifications;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TombstoneStore tombstones;

    @Inject
    TombstoneConfig tombstoneConfig;

    @Inject
    ErasureOutbox outbox;

    @Inject
    AuditLog audit;

    @BeforeEach
    @AfterEach
    void othersAccept() {
        OtherServicesWireMock.acceptEverything(sessions);
        OtherServicesWireMock.acceptEverything(notifications);
    }

    @Test
    void erasureReachesBothServicesWithAServiceTokenAndLeavesNoTraceOfTheId() {
        UUID id = register();
        // Something in every table that names the person: consent history, audit (read and change), a pending email.
        given().auth()
                .oauth2(TestTokens.participant(id))
                .get("/participants/" + id)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(TestTokens.participant(id))
                .contentType("application/merge-patch+json")
                .body(Map.of("email", "new." + id + "@example.org", "accessNeeds", Map.of("needs", List.of())))
                .patch("/participants/" + id)
                .then()
                .statusCode(200);
        audit.flush();
        assertThat(Db.count(dataSource, "SELECT count(*) FROM audit_entry WHERE actor = ?", id.toString()))
                .isPositive();

        given().auth()
                .oauth2(TestTokens.coordinator())
                .delete("/participants/" + id)
                .then()
                .statusCode(204);

        String body = "{\"participantId\": \"" + id + "\"}";
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(Db.count(
                                dataSource, "SELECT count(*) FROM erasure_outbox WHERE participant_id = ?", id))
                        .isZero());
        for (WireMockServer target : List.of(sessions, notifications)) {
            List<LoggedRequest> calls =
                    target.findAll(postRequestedFor(urlEqualTo("/erasures")).withRequestBody(equalToJson(body)));
            assertThat(calls).isNotEmpty();
            assertThat(Bearer.isServiceToken(calls.get(0).getHeader("Authorization")))
                    .isTrue();
        }
        for (String table : List.of("participant", "consent_event", "email_change", "audit_entry", "erasure_outbox")) {
            String column = table.equals("participant") ? "id" : "participant_id";
            assertThat(Db.count(dataSource, "SELECT count(*) FROM " + table + " WHERE " + column + " = ?", id))
                    .as(table)
                    .isZero();
        }
        assertThat(Db.count(dataSource, "SELECT count(*) FROM audit_entry WHERE actor = ?", id.toString()))
                .isZero();
        String pseudonym = Tombstones.of(tombstoneConfig.key(), id);
        assertThat(Db.count(dataSource, "SELECT count(*) FROM audit_entry WHERE pseudonym = ?", pseudonym))
                .isPositive();
        assertThat(Db.count(
                        dataSource,
                        "SELECT count(*) FROM erased_participant WHERE tombstone = ? AND keep_until > now()",
                        pseudonym))
                .isEqualTo(1);
        assertThat(tombstones.isErased(id)).isTrue();
        assertThat(tombstones.isErased(id)).isTrue();
        // Their old token is refused from now on (the platform asks this service's tombstones).
        given().auth()
                .oauth2(TestTokens.participant(id))
                .get("/participants/" + id)
                .then()
                .statusCode(401);
        assertThat(tombstones.isErased(UUID.randomUUID())).isFalse();
    }

    @Test
    void aServiceThatIsDownCompletesTheErasureWhenItComesBack() {
        sessions.stubFor(post(urlEqualTo("/erasures")).willReturn(aResponse().withStatus(503)));
        UUID id = register();

        given().auth()
                .oauth2(TestTokens.coordinator())
                .delete("/participants/" + id)
                .then()
                .statusCode(204);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(Db.count(
                            dataSource,
                            "SELECT count(*) FROM erasure_outbox WHERE participant_id = ? AND target = 'NOTIFICATIONS'",
                            id))
                    .isZero();
            assertThat(Db.count(
                            dataSource,
                            "SELECT count(*) FROM erasure_outbox WHERE participant_id = ? AND target = 'SESSIONS'"
                                    + " AND attempts >= 2",
                            id))
                    .isEqualTo(1);
        });
        // Waiting in the outbox, as /q/metrics shows it: at least this task, and as old as it is.
        PrometheusScrape waiting = PrometheusScrape.fetch();
        assertThat(waiting.value("coproduction_outbox_pending", "outbox", "erasure"))
                .isGreaterThanOrEqualTo(1);
        assertThat(waiting.value("coproduction_outbox_oldest_pending_age_seconds", "outbox", "erasure"))
                .isGreaterThan(0);
        assertThat(waiting.value("coproduction_outbox_pending", "outbox", "mentor_pairing"))
                .isEqualTo(Db.count(dataSource, "SELECT count(*) FROM mentor_pairing_outbox"));

        OtherServicesWireMock.acceptEverything(sessions);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(Db.count(
                                dataSource, "SELECT count(*) FROM erasure_outbox WHERE participant_id = ?", id))
                        .isZero());
        assertThat(PrometheusScrape.fetch().value("coproduction_outbox_pending", "outbox", "erasure"))
                .isEqualTo(Db.count(dataSource, "SELECT count(*) FROM erasure_outbox"));
        assertThat(sessions.findAll(postRequestedFor(urlEqualTo("/erasures"))
                        .withRequestBody(equalToJson("{\"participantId\": \"" + id + "\"}"))))
                .isNotEmpty();
        assertThat(outbox.pending()).isZero();
    }

    @Test
    void erasingTwiceIsNotFoundTheSecondTime() {
        UUID id = register();
        given().auth()
                .oauth2(TestTokens.coordinator())
                .delete("/participants/" + id)
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(TestTokens.coordinator())
                .contentType(ContentType.JSON)
                .delete("/participants/" + id)
                .then()
                .statusCode(404);
    }

    @Test
    void expiredTombstonesAreDeleted() {
        UUID id = UUID.randomUUID();
        Db.update(
                dataSource,
                "INSERT INTO erased_participant (tombstone, keep_until) VALUES (?, now() - interval '1 day')",
                Tombstones.of(tombstoneConfig.key(), id));
        assertThat(tombstones.isErased(id)).isFalse();
        assertThat(tombstones.deleteExpired()).isPositive();
        assertThat(Db.count(
                        dataSource,
                        "SELECT count(*) FROM erased_participant WHERE tombstone = ?",
                        Tombstones.of(tombstoneConfig.key(), id)))
                .isZero();
    }
}
