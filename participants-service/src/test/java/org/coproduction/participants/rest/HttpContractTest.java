package org.coproduction.participants.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduction.participants.rest.ParticipantFixtures.group;
import static org.coproduction.participants.rest.ParticipantFixtures.register;
import static org.coproduction.participants.rest.ParticipantFixtures.valid;
import static org.coproduction.platform.testing.Problems.assertInvalidFields;
import static org.coproduction.platform.testing.Problems.assertProblem;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * This service's own errors come out in the suite's one problem shape: whatever a client sends, the answer is a 4xx
 * problem naming what is wrong, never a 5xx, and nothing refused is stored.
 */
@QuarkusTest
class HttpContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FAR_OFF = "+999999999-12-31T23:59:59Z";

    private static RequestSpecification asCoordinator() {
        return given().auth().oauth2(TestTokens.coordinator());
    }

    private static Response post(String body) {
        return asCoordinator().contentType(ContentType.JSON).body(body).post("/participants");
    }

    private static Response patch(UUID id, String ifMatch, String body) {
        RequestSpecification request =
                asCoordinator().contentType("application/merge-patch+json").body(body);
        return (ifMatch == null ? request : request.header("If-Match", ifMatch)).patch("/participants/" + id);
    }

    private static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A valid body whose name carries the marker, so the test can check afterwards that nothing was stored. */
    private static Map<String, Object> named(String marker) {
        Map<String, Object> body = valid();
        body.put("name", marker + " Contract");
        return body;
    }

    private static void assertNothingStoredFor(String marker) {
        asCoordinator()
                .queryParam("q", marker)
                .get("/participants")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void controlCharactersAreRefusedInEveryTextFieldAndLineBreaksOnlyInSingleLineOnes() {
        String marker = marker();
        Map<String, Object> nulInName = named(marker);
        nulInName.put("name", marker + " Ann\u0000");
        assertInvalidFields(post(json(nulInName)), "name");

        Map<String, Object> nulInNotes = named(marker);
        group(nulInNotes, "accessNeeds").put("notes", "ok\u0000");
        assertInvalidFields(post(json(nulInNotes)), "accessNeeds.notes");

        Map<String, Object> breakInName = named(marker);
        breakInName.put("name", marker + " Ann\nJones");
        Response refused = post(json(breakInName));
        assertInvalidFields(refused, "name");
        assertThat(refused.jsonPath().getList("errors.message", String.class)).anyMatch(m -> m.contains("single line"));

        Map<String, Object> unpaired = named(marker);
        unpaired.put("organisation", "@@organisation@@");
        // Escaped in the JSON itself: a lone surrogate cannot travel as UTF-8.
        assertInvalidFields(post(json(unpaired).replace("@@organisation@@", "Trust \\ud800")), "organisation");
        assertNothingStoredFor(marker);

        // Notes, dietary requirements and absence reasons may span lines.
        Map<String, Object> multiLine = valid();
        group(multiLine, "accessNeeds").put("notes", "Seat near the door\nand a quiet room\tplease");
        group(multiLine, "financialSupport").put("dietaryRequirements", "vegetarian\r\nno nuts");
        asCoordinator()
                .contentType(ContentType.JSON)
                .body(json(multiLine))
                .post("/participants")
                .then()
                .statusCode(201)
                .body("accessNeeds.notes", equalTo("Seat near the door\nand a quiet room\tplease"))
                .body("financialSupport.dietaryRequirements", equalTo("vegetarian\r\nno nuts"));
    }

    @Test
    void strictJsonRefusesWhatItWouldOtherwiseGuess() {
        String marker = marker();
        String body = json(named(marker));
        assertProblem(post(body + " {}"), 400, "malformed-request");
        assertProblem(post("{\"name\": \"" + marker + " Twice\", " + body.substring(1)), 400, "malformed-request");

        Map<String, Object> nullInList = named(marker);
        group(nullInList, "accessNeeds").put("needs", Arrays.asList("QUIET_SPACE", null));
        assertProblem(post(json(nullInList)), 400, "malformed-request");

        Map<String, Object> quotedNumber = named(marker);
        group(quotedNumber, "availability").put("minNoticeDays", "7");
        assertProblem(post(json(quotedNumber)), 400, "malformed-request");

        Map<String, Object> fraction = named(marker);
        group(fraction, "availability").put("maxSessionsPerMonth", 1.5);
        assertProblem(post(json(fraction)), 400, "malformed-request");

        Map<String, Object> hugeNumber = named(marker);
        hugeNumber.put("name", "@@name@@");
        assertProblem(post(json(hugeNumber).replace("\"@@name@@\"", "1e999999")), 400, "malformed-request");
        assertNothingStoredFor("Infinity");

        Map<String, Object> numericInstant = named(marker);
        group(numericInstant, "availability")
                .put("unavailable", List.of(Map.of("from", 1764064800, "to", "2027-04-15T00:00:00Z")));
        assertInvalidFields(post(json(numericInstant)), "availability.unavailable[0].from");

        assertProblem(post("{\"name\": \"" + marker + "\""), 400, "malformed-request");
        assertNothingStoredFor(marker);
    }

    @Test
    void datesFarOffAndOffsetTimeZonesAreRefused() {
        String marker = marker();
        Map<String, Object> farAbsence = named(marker);
        group(farAbsence, "availability")
                .put("unavailable", List.of(Map.of("from", "2027-04-01T00:00:00Z", "to", FAR_OFF)));
        assertInvalidFields(post(json(farAbsence)), "availability.unavailable[0].to");

        Map<String, Object> offset = named(marker);
        offset.put("timeZone", "+01:00");
        assertInvalidFields(post(json(offset)), "timeZone");
        assertNothingStoredFor(marker);
    }

    @Test
    void queryParametersAreCheckedAndUnknownOnesRefused() {
        assertInvalidFields(
                asCoordinator().queryParam("trainingInterest", "FACILITATION").get("/participants"),
                "trainingInterest");
        assertInvalidFields(asCoordinator().queryParam("q", "Ann\u0000").get("/participants"), "q");
        assertInvalidFields(
                asCoordinator()
                        .queryParam("page", 10737419)
                        .queryParam("size", 200)
                        .get("/participants"),
                "page");
        assertInvalidFields(asCoordinator().queryParam("size", "abc").get("/participants"), "size");
        assertInvalidFields(asCoordinator().queryParam("page", "1.5").get("/participants"), "page");
        assertInvalidFields(
                asCoordinator()
                        .queryParam("role", "BOSS")
                        .queryParam("q", "x".repeat(201))
                        .get("/participants"),
                "role",
                "q");
    }

    @Test
    void changesAreRefusedWithoutTouchingTheRecord() {
        UUID id = register();
        for (String ifMatch : List.of("3", "abc", "\"abc\"", "\"1\", \"2\"")) {
            assertInvalidFields(patch(id, ifMatch, "{\"organisation\": \"Changed\"}"), "If-Match");
            assertInvalidFields(
                    asCoordinator()
                            .contentType(ContentType.JSON)
                            .header("If-Match", ifMatch)
                            .body(json(valid()))
                            .put("/participants/" + id),
                    "If-Match");
        }
        assertInvalidFields(patch(id, null, "{\"organisation\": \"Trust\\u0000\"}"), "organisation");
        assertInvalidFields(
                patch(id, null, "{\"communication\": {\"format\": \"HTML\\nPLAIN\"}}"), "communication.format");
        assertProblem(patch(id, null, "{\"availability\": {\"minNoticeDays\": \"7\"}}"), 400, "malformed-request");
        assertProblem(patch(id, null, "{\"organisation\": \"A\", \"organisation\": \"B\"}"), 400, "malformed-request");
        assertProblem(patch(id, null, "{\"organisation\": \"A\"} []"), 400, "malformed-request");
        assertProblem(patch(id, null, "[\"organisation\"]"), 400, "malformed-request");
        assertProblem(patch(id, null, ""), 400, "malformed-request");
        assertInvalidFields(patch(id, null, "{\"consent\": {\"givenAt\": \"2000-01-01T00:00:00Z\"}}"), "consent");

        asCoordinator()
                .get("/participants/" + id)
                .then()
                .statusCode(200)
                .body("version", equalTo(0))
                .body("organisation", equalTo("Recovery Network"));
    }

    @Test
    void lookupRefusesNullsAndEmptyBodies() {
        assertProblem(
                asCoordinator()
                        .contentType(ContentType.JSON)
                        .body("{\"ids\": [null]}")
                        .post("/participants/lookup"),
                400,
                "malformed-request");
        assertProblem(
                asCoordinator().contentType(ContentType.JSON).post("/participants/lookup"), 400, "malformed-request");
        assertInvalidFields(
                asCoordinator().contentType(ContentType.JSON).body("null").post("/participants/lookup"), "ids");
        assertProblem(
                asCoordinator().contentType(ContentType.JSON).body("null").post("/participants"),
                400,
                "malformed-request");
    }

    @Test
    void theFrameworksOwnRefusalsAreProblemsToo() {
        Map<String, Object> large = valid();
        group(large, "accessNeeds").put("notes", "x".repeat(300_000));
        assertProblem(post(json(large)), 413, "payload-too-large");
        assertProblem(
                asCoordinator().contentType(ContentType.TEXT).body("Aisha").post("/participants"),
                415,
                "unsupported-media-type");
        assertProblem(asCoordinator().get("/nothing-here"), 404, "not-found");
        assertProblem(asCoordinator().get("/participants/not-a-uuid"), 404, "not-found");
        assertProblem(asCoordinator().delete("/participants"), 405, "method-not-allowed");
        Response unauthorized = given().auth().oauth2("not.a.token").get("/participants");
        assertProblem(unauthorized, 401, "unauthorized");
        assertThat(unauthorized.header("WWW-Authenticate")).startsWith("Bearer");
        assertProblem(given().auth().oauth2(TestTokens.wrongIssuer()).get("/participants"), 401, "unauthorized");
        assertProblem(
                given().auth().oauth2(TestTokens.service("sessions-service")).get("/participants/" + UUID.randomUUID()),
                403,
                "forbidden");
    }

    @Test
    void validationProblemsListEveryFieldInPlainWords() {
        Map<String, Object> body = valid();
        body.put("email", "nope");
        body.put("timeZone", "Mars/Olympus");
        Response response = post(json(body));
        assertInvalidFields(response, "email", "timeZone");
        response.then()
                .body("title", equalTo("Invalid input"))
                .body("detail", equalTo("2 fields are not valid."))
                .body("instance", equalTo("/participants"));
        List<String> messages = new ArrayList<>(response.jsonPath().getList("errors.message", String.class));
        assertThat(messages).allSatisfy(m -> assertThat(m).doesNotContain("{", "jakarta", "Exception"));
    }

    private static String marker() {
        return "Ctr" + UUID.randomUUID().toString().substring(0, 8);
    }
}
