package org.coproduction.participants.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduction.participants.rest.ParticipantFixtures.register;
import static org.coproduction.platform.testing.Problems.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.coproduction.participants.service.AuditLog;
import org.coproduction.participants.support.Db;
import org.coproduction.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** The portal records that a person visited: the day only, by the person only, and not as an edit. */
@QuarkusTest
class PortalVisitTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AuditLog audit;

    private static Response visit(String token, UUID id) {
        return given().auth().oauth2(token).post("/participants/" + id + "/portal-visits");
    }

    private static Response read(UUID id) {
        return given().auth().oauth2(TestTokens.coordinator()).get("/participants/" + id);
    }

    @Test
    void aVisitIsRecordedToTheDayWithoutChangingTheVersionOrAuditingAnything() {
        UUID id = register();
        read(id).then().statusCode(200).body("lastPortalVisitAt", nullValue());
        Response before = read(id);
        audit.flush();
        long audited = Db.count(dataSource, "SELECT count(*) FROM audit_entry WHERE participant_id = ?", id);

        visit(TestTokens.participant(id), id).then().statusCode(204);
        visit(TestTokens.participant(id), id).then().statusCode(204);
        audit.flush();
        assertThat(Db.count(dataSource, "SELECT count(*) FROM audit_entry WHERE participant_id = ?", id))
                .isEqualTo(audited);

        String today = Instant.now().truncatedTo(ChronoUnit.DAYS).toString();
        Response after = given().auth().oauth2(TestTokens.participant(id)).get("/participants/" + id);
        after.then()
                .statusCode(200)
                .body("lastPortalVisitAt", equalTo(today))
                .body("version", equalTo(before.<Integer>path("version")))
                .body("updatedAt", equalTo(before.<String>path("updatedAt")));
        assertThat(after.header("ETag")).isEqualTo(before.header("ETag"));
    }

    @Test
    void savingTheRecordKeepsTheVisitAndIgnoresOneSentBack() {
        UUID id = register();
        Map<String, Object> record = read(id).jsonPath().getMap("");
        visit(TestTokens.participant(id), id).then().statusCode(204);
        String today = Instant.now().truncatedTo(ChronoUnit.DAYS).toString();

        // A record read before the visit and saved after it does not wipe the visit out.
        record.put("organisation", "Changed after the visit");
        record.put("lastPortalVisitAt", "2000-01-01T00:00:00Z");
        given().auth()
                .oauth2(TestTokens.coordinator())
                .contentType(ContentType.JSON)
                .body(record)
                .put("/participants/" + id)
                .then()
                .statusCode(200)
                .body("lastPortalVisitAt", equalTo(today));
        read(id).then()
                .body("lastPortalVisitAt", equalTo(today))
                .body("organisation", equalTo("Changed after the visit"));
    }

    @Test
    void onlyThePersonThemselfRecordsTheirVisit() {
        UUID id = register();
        UUID other = register();
        assertProblem(visit(TestTokens.participant(other), id), 403, "forbidden");
        assertProblem(visit(TestTokens.participant(id), UUID.randomUUID()), 403, "forbidden");
        assertProblem(visit(TestTokens.coordinator(), id), 403, "forbidden");
        assertProblem(visit(TestTokens.service("participant-portal"), id), 403, "forbidden");
        read(id).then().statusCode(200).body("lastPortalVisitAt", nullValue());
    }

    @Test
    void anErasedPersonsVisitIsRefusedLikeTheirOtherCalls() {
        UUID id = register();
        given().auth()
                .oauth2(TestTokens.coordinator())
                .delete("/participants/" + id)
                .then()
                .statusCode(204);
        visit(TestTokens.participant(id), id).then().statusCode(401);
    }
}
