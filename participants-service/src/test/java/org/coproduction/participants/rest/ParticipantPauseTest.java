package org.coproduction.participants.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduction.participants.rest.ParticipantFixtures.register;
import static org.coproduction.participants.rest.ParticipantFixtures.valid;
import static org.coproduction.platform.testing.Problems.assertInvalidFields;
import static org.coproduction.platform.testing.Problems.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.participants.support.Db;
import org.coproduction.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Taking a break or leaving: a participant pauses themself (until a date), ends their pause, or withdraws; only a
 * coordinator does anything else with a status. A pause whose date has come reads and lists as ACTIVE.
 */
@QuarkusTest
class ParticipantPauseTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final AgroalDataSource dataSource;

    ParticipantPauseTest(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    private static Response patch(String token, UUID id, String body) {
        return as(token).contentType(MERGE_PATCH).body(body).patch("/participants/" + id);
    }

    private static Map<String, Object> read(UUID id) {
        return as(TestTokens.coordinator())
                .get("/participants/" + id)
                .then()
                .statusCode(200)
                .extract()
                .as(Map.class);
    }

    private static String inDays(int days) {
        return LocalDate.now(LONDON).plusDays(days).toString();
    }

    @Test
    void aParticipantPausesThemselfUntilADateAndEndsThePauseEarly() {
        UUID me = register();
        String token = TestTokens.participant(me);
        String until = inDays(30);

        patch(token, me, "{\"status\": \"PAUSED\", \"pausedUntil\": \"" + until + "\"}")
                .then()
                .statusCode(200)
                .body("status", equalTo("PAUSED"))
                .body("pausedUntil", equalTo(until));
        assertThat(read(me)).containsEntry("status", "PAUSED").containsEntry("pausedUntil", until);
        assertThat(listed("PAUSED", me)).isTrue();
        assertThat(listed("ACTIVE", me)).isFalse();

        // A new date while paused.
        patch(token, me, "{\"pausedUntil\": \"" + inDays(40) + "\"}")
                .then()
                .statusCode(200)
                .body("status", equalTo("PAUSED"))
                .body("pausedUntil", equalTo(inDays(40)));

        // The record read with GET goes back with PUT unchanged.
        Map<String, Object> mine =
                as(token).get("/participants/" + me).then().extract().as(Map.class);
        as(token)
                .contentType(ContentType.JSON)
                .body(mine)
                .put("/participants/" + me)
                .then()
                .statusCode(200)
                .body("pausedUntil", equalTo(inDays(40)));

        // Back to ACTIVE: the date goes with the pause.
        patch(token, me, "{\"status\": \"ACTIVE\"}")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("pausedUntil", nullValue());
        assertThat(Db.count(dataSource, "SELECT count(*) FROM participant WHERE id = ? AND paused_until IS NULL", me))
                .isEqualTo(1);
    }

    @Test
    void aParticipantsPauseNeedsAnEndDateAfterTodayAndAtMostAYearAhead() {
        UUID me = register();
        String token = TestTokens.participant(me);

        assertInvalidFields(patch(token, me, "{\"status\": \"PAUSED\"}"), "pausedUntil");
        Response today = patch(token, me, "{\"status\": \"PAUSED\", \"pausedUntil\": \"" + inDays(0) + "\"}");
        assertInvalidFields(today, "pausedUntil");
        assertThat(today.jsonPath().getString("errors[0].message")).isEqualTo("must be a date after today");
        Response tooFar = patch(
                token,
                me,
                "{\"status\": \"PAUSED\", \"pausedUntil\": \""
                        + LocalDate.now(LONDON).plusYears(1).plusDays(1) + "\"}");
        assertInvalidFields(tooFar, "pausedUntil");
        assertThat(tooFar.jsonPath().getString("errors[0].message")).contains("at most a year ahead");
        assertInvalidFields(
                patch(token, me, "{\"status\": \"PAUSED\", \"pausedUntil\": \"next week\"}"), "pausedUntil");

        assertThat(read(me)).containsEntry("status", "ACTIVE").containsEntry("version", 0);

        // A year ahead to the day is allowed.
        patch(
                        token,
                        me,
                        "{\"status\": \"PAUSED\", \"pausedUntil\": \""
                                + LocalDate.now(LONDON).plusYears(1) + "\"}")
                .then()
                .statusCode(200);
        // Once paused, leaving the date out of a pause is refused too.
        assertInvalidFields(patch(token, me, "{\"status\": \"PAUSED\", \"pausedUntil\": null}"), "pausedUntil");
    }

    @Test
    void aParticipantMayWithdrawButOnlyACoordinatorBringsThemBack() {
        UUID me = register();
        String token = TestTokens.participant(me);
        patch(token, me, "{\"status\": \"WITHDRAWN\"}").then().statusCode(200).body("status", equalTo("WITHDRAWN"));

        for (String back : List.of(
                "{\"status\": \"ACTIVE\"}", "{\"status\": \"PAUSED\", \"pausedUntil\": \"" + inDays(5) + "\"}")) {
            assertProblem(patch(token, me, back), 403, "forbidden")
                    .body("detail", equalTo("Only a coordinator can change a participant's role or status."));
        }
        assertThat(read(me)).containsEntry("status", "WITHDRAWN");

        patch(TestTokens.coordinator(), me, "{\"status\": \"ACTIVE\"}")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"));
    }

    @Test
    void aParticipantPausedByACoordinatorMayWithdrawOrComeBack() {
        UUID me = register();
        String token = TestTokens.participant(me);
        // A coordinator may pause with no end date: it lasts until someone ends it.
        patch(TestTokens.coordinator(), me, "{\"status\": \"PAUSED\"}")
                .then()
                .statusCode(200)
                .body("status", equalTo("PAUSED"))
                .body("pausedUntil", nullValue());
        // The participant sends their record back as read: no change of status, nothing required.
        Map<String, Object> mine =
                as(token).get("/participants/" + me).then().extract().as(Map.class);
        mine.put("organisation", "Own Words");
        as(token)
                .contentType(ContentType.JSON)
                .body(mine)
                .put("/participants/" + me)
                .then()
                .statusCode(200)
                .body("status", equalTo("PAUSED"));
        // A status of an unknown name is no allowed change.
        assertProblem(patch(token, me, "{\"status\": \"RESTING\"}"), 403, "forbidden")
                .body("detail", containsString("role or status"));
        patch(token, me, "{\"status\": \"WITHDRAWN\"}").then().statusCode(200);
    }

    @Test
    void aCoordinatorsPauseDateFollowsTheSameRules() {
        Map<String, Object> body = valid();
        body.put("status", "PAUSED");
        body.put("pausedUntil", inDays(-1));
        assertInvalidFields(
                as(TestTokens.coordinator())
                        .contentType(ContentType.JSON)
                        .body(body)
                        .post("/participants"),
                "pausedUntil");
        body.put("pausedUntil", inDays(3));
        UUID id = register(body);
        assertThat(read(id)).containsEntry("pausedUntil", inDays(3));
        // A date with any other status is not kept.
        Map<String, Object> active = valid();
        active.put("pausedUntil", inDays(3));
        assertThat(read(register(active))).containsEntry("status", "ACTIVE").containsEntry("pausedUntil", null);
    }

    @Test
    void aPauseWhoseDateHasComeReadsAndListsAsActiveAndIsStoredSoAtTheNextChange() {
        UUID me = register();
        String token = TestTokens.participant(me);
        patch(token, me, "{\"status\": \"PAUSED\", \"pausedUntil\": \"" + inDays(10) + "\"}")
                .then()
                .statusCode(200);
        // Time passes: the end date is today in the person's own zone.
        Db.update(dataSource, "UPDATE participant SET paused_until = ? WHERE id = ?", LocalDate.now(LONDON), me);

        assertThat(read(me)).containsEntry("status", "ACTIVE").containsEntry("pausedUntil", null);
        assertThat(listed("ACTIVE", me)).isTrue();
        assertThat(listed("PAUSED", me)).isFalse();
        as(TestTokens.coordinator())
                .contentType(ContentType.JSON)
                .body(Map.of("ids", List.of(me.toString())))
                .post("/participants/lookup")
                .then()
                .statusCode(200)
                .body("items[0].status", equalTo("ACTIVE"));

        // Being ACTIVE again, the participant may withdraw or pause anew; the next write stores ACTIVE first.
        patch(token, me, "{\"organisation\": \"Back again\"}")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"));
        assertThat(Db.count(
                        dataSource,
                        "SELECT count(*) FROM participant WHERE id = ? AND status = 'ACTIVE' AND paused_until IS NULL",
                        me))
                .isEqualTo(1);
    }

    private static boolean listed(String status, UUID id) {
        List<String> ids = as(TestTokens.coordinator())
                .queryParam("status", status)
                .queryParam("size", 200)
                .queryParam("q", (String) read(id).get("name"))
                .get("/participants")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id");
        return ids.contains(id.toString());
    }
}
