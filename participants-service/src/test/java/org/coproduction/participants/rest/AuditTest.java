package org.coproduction.participants.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduction.participants.rest.ParticipantFixtures.register;
import static org.coproduction.platform.testing.Problems.assertInvalidFields;
import static org.coproduction.platform.testing.Problems.assertProblem;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.participants.service.RetentionJobs;
import org.coproduction.participants.support.Db;
import org.coproduction.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Who read or changed someone's needs and money, and when: never the values. */
@QuarkusTest
class AuditTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RetentionJobs retention;

    private static List<Map<String, Object>> audit(UUID id) {
        return given().auth()
                .oauth2(TestTokens.coordinator())
                .queryParam("participantId", id.toString())
                .queryParam("size", 200)
                .get("/audit")
                .then()
                .statusCode(200)
                .extract()
                .path("items");
    }

    @Test
    void readsAndChangesAreRecordedWithWhoAndWhatPartNeverTheValues() {
        UUID id = register();
        given().auth()
                .oauth2(TestTokens.coordinator())
                .get("/participants/" + id)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(TestTokens.participant(id))
                .get("/participants/" + id)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(TestTokens.service("sessions-service"))
                .contentType(ContentType.JSON)
                .body(Map.of("ids", List.of(id)))
                .post("/participants/lookup")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(TestTokens.participant(id))
                .contentType("application/merge-patch+json")
                .body("{\"accessNeeds\": {\"notes\": \"Quiet room please\"}}")
                .patch("/participants/" + id)
                .then()
                .statusCode(200);

        List<Map<String, Object>> entries = audit(id);
        assertThat(entries)
                .extracting(e -> e.get("actorRole") + " " + e.get("action") + " " + e.get("part"))
                .contains(
                        "coordinator READ ACCESS_NEEDS",
                        "coordinator READ FINANCIAL_SUPPORT",
                        "participant READ ACCESS_NEEDS",
                        "service READ FINANCIAL_SUPPORT",
                        "participant CHANGE ACCESS_NEEDS")
                .doesNotContain("participant CHANGE FINANCIAL_SUPPORT");
        assertThat(entries)
                .extracting(e -> e.get("actor"))
                .contains("coordinator-1", id.toString(), "sessions-service");
        assertThat(entries.toString()).doesNotContain("Quiet room", "Seat near the door", "vegetarian");
        assertThat(entries).allSatisfy(e -> assertThat(e.get("participantId")).isEqualTo(id.toString()));
    }

    @Test
    void onlyCoordinatorsReadTheAuditAndTheyMustNameSomeone() {
        UUID id = register();
        assertProblem(
                given().auth()
                        .oauth2(TestTokens.participant(id))
                        .queryParam("participantId", id.toString())
                        .get("/audit"),
                403,
                "forbidden");
        assertInvalidFields(given().auth().oauth2(TestTokens.coordinator()).get("/audit"), "participantId");
        assertInvalidFields(
                given().auth()
                        .oauth2(TestTokens.coordinator())
                        .queryParam("participantId", "nobody")
                        .get("/audit"),
                "participantId");
        given().auth()
                .oauth2(TestTokens.coordinator())
                .queryParam("participantId", UUID.randomUUID().toString())
                .get("/audit")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void entriesOlderThanTheKeepTimeAreDeleted() {
        UUID id = register();
        Db.update(
                dataSource,
                "INSERT INTO audit_entry (participant_id, actor, actor_role, action, part, occurred_at)"
                        + " VALUES (?, 'coordinator-1', 'coordinator', 'READ', 'ACCESS_NEEDS', now() - interval '3 years')",
                id);
        retention.run();
        assertThat(Db.count(
                        dataSource,
                        "SELECT count(*) FROM audit_entry WHERE participant_id = ? AND occurred_at < now() - interval '730 days'",
                        id))
                .isZero();
        assertThat(audit(id)).isNotEmpty();
    }
}
