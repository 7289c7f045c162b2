package org.coproduction.participants.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduction.participants.rest.ParticipantFixtures.register;
import static org.coproduction.platform.testing.Problems.assertInvalidFields;
import static org.coproduction.platform.testing.Problems.assertProblem;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Consent is recorded by the service; a person may withdraw it for their needs or money, and give it again. */
@QuarkusTest
class ConsentTest {

    private static Response patch(String token, UUID id, String body) {
        return given().auth()
                .oauth2(token)
                .contentType("application/merge-patch+json")
                .body(body)
                .patch("/participants/" + id);
    }

    private static Response withdraw(String token, UUID id, String part) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("part", part))
                .post("/participants/" + id + "/consent/withdrawals");
    }

    @Test
    void aParticipantCannotRewriteTheirConsentButMaySendItBackAsRead() {
        UUID id = register();
        String own = TestTokens.participant(id);
        assertInvalidFields(
                patch(own, id, "{\"consent\": {\"givenAt\": \"2000-01-01T00:00:00Z\", \"version\": \"2000\"}}"),
                "consent");
        assertInvalidFields(patch(own, id, "{\"consent\": {\"withdrawn\": [\"ACCESS_NEEDS\"]}}"), "consent");

        Map<String, Object> read = given().auth()
                .oauth2(own)
                .get("/participants/" + id)
                .then()
                .statusCode(200)
                .extract()
                .as(Map.class);
        read.put("pronouns", "they/them");
        given().auth()
                .oauth2(own)
                .contentType(ContentType.JSON)
                .body(read)
                .put("/participants/" + id)
                .then()
                .statusCode(200)
                .body("pronouns", equalTo("they/them"))
                .body("consent", equalTo(read.get("consent")));
    }

    @Test
    void withdrawingClearsThePartKeepsTheRestAndIsRecorded() {
        UUID id = register();
        String own = TestTokens.participant(id);

        withdraw(own, id, "ACCESS_NEEDS")
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("accessNeeds.needs", empty())
                .body("accessNeeds.notes", nullValue())
                .body("financialSupport.dietaryRequirements", equalTo("vegetarian"))
                .body("consent.withdrawn", contains("ACCESS_NEEDS"));
        // While withdrawn, needs cannot be recorded; leaving them empty is fine.
        assertInvalidFields(patch(own, id, "{\"accessNeeds\": {\"needs\": [\"QUIET_SPACE\"]}}"), "accessNeeds");
        patch(own, id, "{\"pronouns\": \"she/her\"}").then().statusCode(200);

        withdraw(TestTokens.coordinator(), id, "FINANCIAL_SUPPORT")
                .then()
                .statusCode(200)
                .body("financialSupport.paymentForTime", equalTo("WANTS_PAYMENT"))
                .body("financialSupport.travel", equalTo(false))
                .body("financialSupport.dietaryRequirements", nullValue())
                .body("consent.withdrawn", contains("ACCESS_NEEDS", "FINANCIAL_SUPPORT"));
        assertInvalidFields(patch(own, id, "{\"financialSupport\": {\"travel\": true}}"), "financialSupport");

        Instant before = Instant.now().minusSeconds(1);
        String givenAt = given().auth()
                .oauth2(own)
                .post("/participants/" + id + "/consent")
                .then()
                .statusCode(200)
                .body("consent.withdrawn", empty())
                .body("consent.version", equalTo("2026-11"))
                .extract()
                .path("consent.givenAt");
        assertThat(Instant.parse(givenAt)).isAfter(before);
        patch(own, id, "{\"accessNeeds\": {\"needs\": [\"QUIET_SPACE\"]}}")
                .then()
                .statusCode(200)
                .body("accessNeeds.needs", contains("QUIET_SPACE"));

        List<Map<String, Object>> history = given().auth()
                .oauth2(own)
                .get("/participants/" + id + "/consent/history")
                .then()
                .statusCode(200)
                .extract()
                .path("");
        assertThat(history)
                .extracting(e -> e.get("action") + " " + e.get("part"))
                .containsExactly("GIVEN ALL", "WITHDRAWN ACCESS_NEEDS", "WITHDRAWN FINANCIAL_SUPPORT", "GIVEN ALL");
    }

    @Test
    void withdrawalNamesAPartItKnows() {
        UUID id = register();
        assertInvalidFields(withdraw(TestTokens.coordinator(), id, "EVERYTHING"), "part");
        assertInvalidFields(
                given().auth()
                        .oauth2(TestTokens.coordinator())
                        .contentType(ContentType.JSON)
                        .body("{\"part\": null}")
                        .post("/participants/" + id + "/consent/withdrawals"),
                "part");
    }

    @Test
    void onlyThePersonOrACoordinator() {
        UUID id = register();
        String other = TestTokens.participant(register());
        assertProblem(withdraw(other, id, "ACCESS_NEEDS"), 403, "forbidden");
        assertProblem(given().auth().oauth2(other).post("/participants/" + id + "/consent"), 403, "forbidden");
        assertProblem(given().auth().oauth2(other).get("/participants/" + id + "/consent/history"), 403, "forbidden");
        UUID unknown = UUID.randomUUID();
        assertProblem(withdraw(TestTokens.coordinator(), unknown, "ACCESS_NEEDS"), 404, "not-found");
        assertProblem(
                given().auth().oauth2(TestTokens.coordinator()).post("/participants/" + unknown + "/consent"),
                404,
                "not-found");
        assertProblem(
                given().auth().oauth2(TestTokens.coordinator()).get("/participants/" + unknown + "/consent/history"),
                404,
                "not-found");
    }
}
