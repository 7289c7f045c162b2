package org.coproduction.participants.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduction.participants.rest.ParticipantFixtures.register;
import static org.coproduction.platform.testing.Problems.assertProblem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** sessions-service asks whether a payment would cross a person's limit, and hears yes or no: nothing more. */
@QuarkusTest
class BenefitsCheckTest {

    private static final String SERVICE = TestTokens.service("sessions-service");

    private static Response check(String token, UUID id, String body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/participants/" + id + "/benefits-check");
    }

    private static boolean crosses(UUID id, String body) {
        return check(SERVICE, id, body).then().statusCode(200).extract().path("crossesLimit");
    }

    /** A person with a weekly limit of 20.00 from Mondays. */
    private static UUID withWeeklyLimit() {
        UUID id = register();
        BenefitsLimitTest.put(
                        TestTokens.participant(id),
                        id,
                        "{\"paymentsMayAffectBenefits\": true, \"limit\": 20.00, \"period\": \"WEEK\"}")
                .then()
                .statusCode(200);
        return id;
    }

    @Test
    void theAnswerIsYesOrNoAndNothingElse() {
        UUID id = withWeeklyLimit();
        // Friday 5 March 2027: its week runs Monday 1 to Sunday 7 March.
        String atTheLimit = "{\"proposed\": {\"amount\": 10.00, \"on\": \"2027-03-05\"},"
                + " \"earlier\": [{\"amount\": 10.00, \"on\": \"2027-03-01\"}, {\"amount\": 50, \"on\": \"2027-02-28\"},"
                + " {\"amount\": 50, \"on\": \"2027-03-08\"}]}";
        Map<String, Object> answer = check(SERVICE, id, atTheLimit)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("");
        assertThat(answer).containsExactly(Map.entry("crossesLimit", false));
        assertThat(crosses(
                        id,
                        "{\"proposed\": {\"amount\": 10.01, \"on\": \"2027-03-05\"}, \"earlier\": [{\"amount\": 10.00,"
                                + " \"on\": \"2027-03-07\"}]}"))
                .isTrue();
        assertThat(crosses(id, "{\"proposed\": {\"amount\": 20.01, \"on\": \"2027-03-05\"}}"))
                .isTrue();
        assertThat(crosses(id, "{\"proposed\": {\"amount\": 20, \"on\": \"2027-03-05\"}, \"earlier\": []}"))
                .isFalse();
        // A coordinator may ask too.
        check(TestTokens.coordinator(), id, "{\"proposed\": {\"amount\": 25.00, \"on\": \"2027-03-05\"}}")
                .then()
                .statusCode(200)
                .body("crossesLimit", equalTo(true));
    }

    @Test
    void noLimitRecordedNeverCrosses() {
        UUID id = register();
        assertThat(crosses(id, "{\"proposed\": {\"amount\": 100000, \"on\": \"2027-03-05\"}}"))
                .isFalse();
        BenefitsLimitTest.put(TestTokens.participant(id), id, "{\"paymentsMayAffectBenefits\": true}")
                .then()
                .statusCode(200);
        assertThat(crosses(id, "{\"proposed\": {\"amount\": 100000, \"on\": \"2027-03-05\"}}"))
                .isFalse();
    }

    @Test
    void aMonthlyPeriodFromThe31stFollowsShortMonths() {
        UUID id = register();
        BenefitsLimitTest.put(
                        TestTokens.participant(id),
                        id,
                        "{\"paymentsMayAffectBenefits\": true, \"limit\": 100, \"period\": \"MONTH\", \"periodStartsOn\": 31}")
                .then()
                .statusCode(200);
        // 30 April starts a new period; 29 April is in the one before.
        assertThat(crosses(
                        id,
                        "{\"proposed\": {\"amount\": 60, \"on\": \"2027-04-30\"}, \"earlier\": [{\"amount\": 60,"
                                + " \"on\": \"2027-04-29\"}]}"))
                .isFalse();
        assertThat(crosses(
                        id,
                        "{\"proposed\": {\"amount\": 60, \"on\": \"2027-04-30\"}, \"earlier\": [{\"amount\": 60,"
                                + " \"on\": \"2027-05-30\"}]}"))
                .isTrue();
    }

    @Test
    void badChecksAreRefusedNamingTheField() {
        UUID id = withWeeklyLimit();
        assertProblem(check(SERVICE, id, "{\"earlier\": []}"), 400, "validation")
                .body("errors.field", equalTo(List.of("proposed")));
        assertProblem(
                        check(
                                SERVICE,
                                id,
                                "{\"proposed\": {\"amount\": 1e10}, \"earlier\": [{\"amount\": 1, \"on\": \"2027-03-01\"},"
                                        + " {\"amount\": 0.001, \"on\": \"2027-03-01\"}]}"),
                        400,
                        "validation")
                .body("errors.field", equalTo(List.of("earlier[1].amount", "proposed.amount", "proposed.on")));
        assertProblem(
                        check(SERVICE, id, "{\"proposed\": {\"amount\": \"25.00\", \"on\": \"2027-03-05\"}}"),
                        400,
                        "malformed-request")
                .body("detail", containsString("proposed.amount"));
        assertProblem(check(SERVICE, id, "{\"proposed\": {\"amount\": 25, \"on\": \"9999-03-05\"}}"), 400, "validation")
                .body("errors[0].field", equalTo("proposed.on"));
        assertProblem(
                check(SERVICE, id, "{\"proposed\": {\"amount\": 25, \"on\": \"2027-03-05\"}, \"limit\": 5}"),
                400,
                "malformed-request");
        String tooMany = String.join(",", Collections.nCopies(501, "{\"amount\": 1, \"on\": \"2027-03-01\"}"));
        assertProblem(
                        check(
                                SERVICE,
                                id,
                                "{\"proposed\": {\"amount\": 1, \"on\": \"2027-03-05\"}, \"earlier\": [" + tooMany
                                        + "]}"),
                        400,
                        "validation")
                .body("errors.field", equalTo(List.of("earlier")));
        String fiveHundred = String.join(",", Collections.nCopies(500, "{\"amount\": 0.01, \"on\": \"2027-03-01\"}"));
        assertThat(crosses(
                        id,
                        "{\"proposed\": {\"amount\": 15, \"on\": \"2027-03-05\"}, \"earlier\": [" + fiveHundred + "]}"))
                .isFalse();
    }

    @Test
    void participantsMayNotAskAndUnknownOrErasedPeopleAreNotFound() {
        UUID id = withWeeklyLimit();
        String body = "{\"proposed\": {\"amount\": 25.00, \"on\": \"2027-03-05\"}}";
        assertProblem(check(TestTokens.participant(id), id, body), 403, "forbidden");
        assertProblem(check(SERVICE, UUID.randomUUID(), body), 404, "not-found");
        given().auth()
                .oauth2(TestTokens.coordinator())
                .delete("/participants/" + id)
                .then()
                .statusCode(204);
        assertProblem(check(SERVICE, id, body), 404, "not-found");
    }

    @Test
    void eachCheckIsAuditedAsTheServiceReadingTheLimit() {
        UUID id = withWeeklyLimit();
        check(SERVICE, id, "{\"proposed\": {\"amount\": 1, \"on\": \"2027-03-05\"}}")
                .then()
                .statusCode(200);
        List<Map<String, Object>> items = given().auth()
                .oauth2(TestTokens.coordinator())
                .queryParam("participantId", id.toString())
                .get("/audit")
                .then()
                .statusCode(200)
                .extract()
                .path("items");
        assertThat(items)
                .filteredOn(e -> "BENEFITS".equals(e.get("part")))
                .extracting(e -> e.get("actor") + " " + e.get("action"))
                .containsExactly("sessions-service READ", id + " CHANGE");
    }
}
