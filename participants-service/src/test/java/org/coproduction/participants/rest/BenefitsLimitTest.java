package org.coproduction.participants.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduction.participants.rest.ParticipantFixtures.register;
import static org.coproduction.platform.testing.Problems.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.coproduction.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** The private benefits limit: only the person and coordinators see it, strictly read, every touch audited. */
@QuarkusTest
class BenefitsLimitTest {

    private static final String WEEKLY =
            "{\"paymentsMayAffectBenefits\": true, \"limit\": 20.00, \"period\": \"WEEK\", \"notes\": \"Carer's Allowance\\nweekly\"}";

    static Response put(String token, UUID id, String body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .put("/participants/" + id + "/benefits-limit");
    }

    private static Response get(String token, UUID id) {
        return given().auth().oauth2(token).get("/participants/" + id + "/benefits-limit");
    }

    /** A 400 naming exactly this one field, with this message. */
    private static void refused(UUID id, String body, String field, String message) {
        assertProblem(put(TestTokens.coordinator(), id, body), 400, "validation")
                .body("errors.size()", equalTo(1))
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", containsString(message));
    }

    private static List<String> audit(UUID id) {
        List<Map<String, Object>> items = given().auth()
                .oauth2(TestTokens.coordinator())
                .queryParam("participantId", id.toString())
                .queryParam("size", 200)
                .get("/audit")
                .then()
                .statusCode(200)
                .extract()
                .path("items");
        return items.stream()
                .filter(e -> "BENEFITS".equals(e.get("part")))
                .map(e -> e.get("actorRole") + " " + e.get("action"))
                .toList();
    }

    @Test
    void neverSetReadsAsNoLimitAtVersionZero() {
        UUID id = register();
        get(TestTokens.participant(id), id)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("paymentsMayAffectBenefits", equalTo(false))
                .body("limit", nullValue())
                .body("period", nullValue())
                .body("periodStartsOn", nullValue())
                .body("notes", nullValue())
                .body("updatedAt", nullValue())
                .body("version", equalTo(0));
    }

    @Test
    void thePersonSetsTheirOwnWeeklyLimitStartingMondayByDefault() {
        UUID id = register();
        put(TestTokens.participant(id), id, WEEKLY)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("paymentsMayAffectBenefits", equalTo(true))
                .body("limit", equalTo(20.00f))
                .body("period", equalTo("WEEK"))
                .body("periodStartsOn", equalTo("MONDAY"))
                .body("notes", equalTo("Carer's Allowance\nweekly"))
                .body("version", equalTo(1));
        String text = get(TestTokens.coordinator(), id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .extract()
                .asString();
        // Exactly as sent: 20.00, not 20 or 20.0.
        assertThat(text).contains("\"limit\":20.00").contains("\"periodStartsOn\":\"MONDAY\"");
    }

    @Test
    void aMonthlyAssessmentPeriodTakesADayOfTheMonth() {
        UUID id = register();
        put(
                        TestTokens.coordinator(),
                        id,
                        "{\"paymentsMayAffectBenefits\": true, \"limit\": 150.5, \"period\": \"MONTH\", \"periodStartsOn\": 31}")
                .then()
                .statusCode(200)
                .body("limit", equalTo(150.50f))
                .body("period", equalTo("MONTH"))
                .body("periodStartsOn", equalTo(31));
        put(
                        TestTokens.coordinator(),
                        id,
                        "{\"paymentsMayAffectBenefits\": true, \"limit\": 150.5, \"period\": \"MONTH\"}")
                .then()
                .statusCode(200)
                .body("periodStartsOn", equalTo(1))
                .body("version", equalTo(2));
        // Payments may affect benefits, but no limit to keep to.
        put(TestTokens.coordinator(), id, "{\"paymentsMayAffectBenefits\": true}")
                .then()
                .statusCode(200)
                .body("paymentsMayAffectBenefits", equalTo(true))
                .body("limit", nullValue())
                .body("period", nullValue())
                .body("periodStartsOn", nullValue());
    }

    @Test
    void ifMatchKeepsChangesSafeAndTheSameContentChangesNothing() {
        UUID id = register();
        assertProblem(
                given().auth()
                        .oauth2(TestTokens.participant(id))
                        .header("If-Match", "\"1\"")
                        .contentType(ContentType.JSON)
                        .body(WEEKLY)
                        .put("/participants/" + id + "/benefits-limit"),
                412,
                "precondition-failed");
        given().auth()
                .oauth2(TestTokens.participant(id))
                .header("If-Match", "\"0\"")
                .contentType(ContentType.JSON)
                .body(WEEKLY)
                .put("/participants/" + id + "/benefits-limit")
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"");
        // What was read may be sent back: the read-only fields are ignored, nothing changes.
        String read = get(TestTokens.participant(id), id).then().extract().asString();
        put(TestTokens.participant(id), id, read).then().statusCode(200).header("ETag", "\"1\"");
        assertProblem(
                given().auth()
                        .oauth2(TestTokens.participant(id))
                        .header("If-Match", "\"0\"")
                        .contentType(ContentType.JSON)
                        .body(WEEKLY.replace("20.00", "25.00"))
                        .put("/participants/" + id + "/benefits-limit"),
                412,
                "precondition-failed");
        assertProblem(
                given().auth()
                        .oauth2(TestTokens.participant(id))
                        .header("If-Match", "three")
                        .contentType(ContentType.JSON)
                        .body(WEEKLY)
                        .put("/participants/" + id + "/benefits-limit"),
                400,
                "validation");
        get(TestTokens.participant(id), id).then().body("limit", equalTo(20.00f));
    }

    @Test
    void eachRuleIsRefusedNamingItsField() {
        UUID id = register();
        refused(id, "{\"paymentsMayAffectBenefits\": true, \"limit\": 20}", "period", "is required with a limit");
        refused(
                id,
                "{\"paymentsMayAffectBenefits\": true, \"period\": \"WEEK\"}",
                "limit",
                "is required with a period");
        refused(
                id,
                "{\"paymentsMayAffectBenefits\": true, \"limit\": 1e10, \"period\": \"WEEK\"}",
                "limit",
                "must be more than 0 and at most 100000");
        refused(
                id,
                "{\"paymentsMayAffectBenefits\": true, \"limit\": 0, \"period\": \"WEEK\"}",
                "limit",
                "must be more than 0 and at most 100000");
        refused(
                id,
                "{\"paymentsMayAffectBenefits\": true, \"limit\": 12.505, \"period\": \"WEEK\"}",
                "limit",
                "at most 2 decimal places");
        refused(
                id,
                "{\"paymentsMayAffectBenefits\": false, \"limit\": 20, \"period\": \"WEEK\"}",
                "limit",
                "only when paymentsMayAffectBenefits is true");
        refused(
                id,
                "{\"paymentsMayAffectBenefits\": true, \"limit\": 20, \"period\": \"MONTH\", \"periodStartsOn\": 32}",
                "periodStartsOn",
                "must be a day of the month from 1 to 31");
        refused(
                id,
                "{\"paymentsMayAffectBenefits\": true, \"limit\": 20, \"period\": \"MONTH\", \"periodStartsOn\": \"MONDAY\"}",
                "periodStartsOn",
                "must be a day of the month from 1 to 31");
        refused(
                id,
                "{\"paymentsMayAffectBenefits\": true, \"limit\": 20, \"period\": \"MONTH\", \"periodStartsOn\": 1.5}",
                "periodStartsOn",
                "must be a day of the month from 1 to 31");
        refused(
                id,
                "{\"paymentsMayAffectBenefits\": true, \"limit\": 20, \"period\": \"WEEK\", \"periodStartsOn\": 1}",
                "periodStartsOn",
                "must be a day of the week such as MONDAY");
        refused(
                id,
                "{\"paymentsMayAffectBenefits\": true, \"limit\": 20, \"period\": \"WEEK\", \"periodStartsOn\": \"MON\\u0000DAY\"}",
                "periodStartsOn",
                "must be a day of the week such as MONDAY");
        refused(
                id,
                "{\"paymentsMayAffectBenefits\": true, \"periodStartsOn\": 1}",
                "periodStartsOn",
                "only with a period");
        refused(
                id,
                "{\"paymentsMayAffectBenefits\": true, \"limit\": 20, \"period\": \"YEAR\"}",
                "period",
                "'YEAR' is not one of WEEK, MONTH");
        refused(id, "{\"limit\": null}", "paymentsMayAffectBenefits", "must not be null");
        refused(
                id,
                "{\"paymentsMayAffectBenefits\": true, \"notes\": \"" + "a".repeat(501) + "\"}",
                "notes",
                "size must be between 0 and 500");
        refused(id, "{\"paymentsMayAffectBenefits\": true, \"notes\": \"ok\\u0000\"}", "notes", "");
        put(
                        TestTokens.coordinator(),
                        id,
                        "{\"paymentsMayAffectBenefits\": true, \"notes\": \"" + "a".repeat(500) + "\"}")
                .then()
                .statusCode(200);
        // Money is a number, never a string; unknown fields are refused; nothing of the above was saved.
        assertProblem(
                        put(
                                TestTokens.coordinator(),
                                id,
                                "{\"paymentsMayAffectBenefits\": true, \"limit\": \"20.00\", \"period\": \"WEEK\"}"),
                        400,
                        "malformed-request")
                .body("detail", containsString("limit"));
        assertProblem(
                        put(TestTokens.coordinator(), id, "{\"paymentsMayAffectBenefits\": true, \"limt\": 20}"),
                        400,
                        "malformed-request")
                .body("detail", containsString("limt"));
        assertProblem(put(TestTokens.coordinator(), id, "null"), 400, "malformed-request");
        get(TestTokens.coordinator(), id).then().body("limit", nullValue()).body("version", equalTo(1));
    }

    @Test
    void onlyThePersonAndCoordinators() {
        UUID id = register();
        UUID other = register();
        put(TestTokens.participant(id), id, WEEKLY).then().statusCode(200);
        String service = TestTokens.service("sessions-service");
        assertProblem(get(service, id), 403, "forbidden");
        assertProblem(put(service, id, WEEKLY), 403, "forbidden");
        assertProblem(
                given().auth().oauth2(service).delete("/participants/" + id + "/benefits-limit"), 403, "forbidden");
        assertProblem(get(TestTokens.participant(other), id), 403, "forbidden");
        assertProblem(put(TestTokens.participant(other), id, WEEKLY), 403, "forbidden");
        assertProblem(
                given().auth().oauth2(TestTokens.participant(other)).delete("/participants/" + id + "/benefits-limit"),
                403,
                "forbidden");
        // Someone else's id gets the same answer whether or not it exists.
        assertProblem(get(TestTokens.participant(other), UUID.randomUUID()), 403, "forbidden");
        assertProblem(get(TestTokens.coordinator(), UUID.randomUUID()), 404, "not-found");
        assertProblem(put(TestTokens.coordinator(), UUID.randomUUID(), WEEKLY), 404, "not-found");
        given().get("/participants/" + id + "/benefits-limit").then().statusCode(401);
    }

    @Test
    void itNeverTravelsWithTheRecordTheListOrTheLookup() {
        UUID id = register();
        put(TestTokens.participant(id), id, WEEKLY.replace("weekly", "private-note-" + id))
                .then()
                .statusCode(200);
        String record = given().auth()
                .oauth2(TestTokens.coordinator())
                .get("/participants/" + id)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String lookup = given().auth()
                .oauth2(TestTokens.service("sessions-service"))
                .contentType(ContentType.JSON)
                .body(Map.of("ids", List.of(id)))
                .post("/participants/lookup")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String list = given().auth()
                .oauth2(TestTokens.service("sessions-service"))
                .queryParam("size", 200)
                .get("/participants")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        for (String answer : List.of(record, lookup, list)) {
            assertThat(answer).doesNotContain("private-note-" + id).doesNotContain("paymentsMayAffectBenefits");
        }
    }

    @Test
    void forgettingDeletesItAndEveryTouchIsAuditedWithoutTheValues() {
        UUID id = register();
        put(TestTokens.participant(id), id, WEEKLY).then().statusCode(200);
        get(TestTokens.coordinator(), id).then().statusCode(200);
        put(TestTokens.coordinator(), id, WEEKLY.replace("20.00", "25.00"))
                .then()
                .statusCode(200);
        // The record's own reads are not reads of the limit.
        given().auth()
                .oauth2(TestTokens.coordinator())
                .get("/participants/" + id)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(TestTokens.coordinator())
                .delete("/participants/" + id + "/benefits-limit")
                .then()
                .statusCode(204);
        get(TestTokens.participant(id), id)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("paymentsMayAffectBenefits", equalTo(false))
                .body("limit", nullValue());
        // Forgetting nothing is no error and no change.
        given().auth()
                .oauth2(TestTokens.participant(id))
                .delete("/participants/" + id + "/benefits-limit")
                .then()
                .statusCode(204);

        assertThat(audit(id))
                .containsExactly(
                        "participant READ",
                        "coordinator CHANGE",
                        "coordinator CHANGE",
                        "coordinator READ",
                        "participant CHANGE");
        String everything = given().auth()
                .oauth2(TestTokens.coordinator())
                .queryParam("participantId", id.toString())
                .get("/audit")
                .then()
                .extract()
                .asString();
        assertThat(everything).doesNotContain("25.00").doesNotContain("Carer");
    }

    @Test
    void twoFirstSavesWithIfMatchZeroExactlyOneWins() throws Exception {
        for (int round = 0; round < 3; round++) {
            UUID id = register();
            CyclicBarrier start = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Integer>> answers = new ArrayList<>();
                for (String limit : List.of("20.00", "30.00")) {
                    Callable<Integer> save = () -> {
                        start.await(5, TimeUnit.SECONDS);
                        return given().auth()
                                .oauth2(TestTokens.participant(id))
                                .header("If-Match", "\"0\"")
                                .contentType(ContentType.JSON)
                                .body(WEEKLY.replace("20.00", limit))
                                .put("/participants/" + id + "/benefits-limit")
                                .statusCode();
                    };
                    answers.add(pool.submit(save));
                }
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> answer : answers) {
                    statuses.add(answer.get(30, TimeUnit.SECONDS));
                }
                // Whether the loser saw the winner's row or met it on the primary key, it is told it was too late.
                assertThat(statuses).containsExactlyInAnyOrder(200, 412);
            } finally {
                pool.shutdownNow();
            }
            get(TestTokens.participant(id), id).then().body("version", equalTo(1));
        }
    }
}
