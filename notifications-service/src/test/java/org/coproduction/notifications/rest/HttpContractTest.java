package org.coproduction.notifications.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduction.platform.testing.Problems.assertInvalidFields;
import static org.coproduction.platform.testing.Problems.assertProblem;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.notifications.support.OtherServicesWireMock;
import org.coproduction.notifications.support.People;
import org.coproduction.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * This service's own errors in the suite's one shape: whatever is wrong with a request, the answer is a 4xx problem
 * naming what to fix, never a 5xx, and nothing is stored.
 */
@QuarkusTest
@QuarkusTestResource(OtherServicesWireMock.class)
class HttpContractTest {

    /** Everyone the refused notices below would have reached: nothing may be stored for them. */
    private final UUID nobody = UUID.randomUUID();

    @Test
    void anUnknownQueryParameterIsRefusedByName() {
        Response answer =
                asCoordinator().queryParam("trainingInterest", "FACILITATION").get("/deliveries");
        assertInvalidFields(answer, "trainingInterest");
        assertInvalidFields(
                asCoordinator().queryParam("format", "html").get("/digests/runs/" + UUID.randomUUID()), "format");
    }

    @Test
    void pagingIsBoundedAndReadStrictly() {
        assertInvalidFields(
                asCoordinator()
                        .queryParam("page", 10737419)
                        .queryParam("size", 200)
                        .get("/deliveries"),
                "page");
        assertInvalidFields(asCoordinator().queryParam("size", "abc").get("/deliveries"), "size");
        assertInvalidFields(asCoordinator().queryParam("size", 201).get("/deliveries"), "size");
        assertInvalidFields(asCoordinator().queryParam("status", "SENT\u0000").get("/deliveries"), "status");
    }

    @Test
    void controlCharactersAreRefusedInEveryTextFieldAndLineBreaksOutsideMultiLineOnes() {
        assertInvalidFields(postNotice(notice("Room\u0000change", "We meet upstairs.")), "subject");
        assertInvalidFields(postNotice(notice("Room change", "We meet\u0000upstairs.")), "body");
        assertInvalidFields(postNotice(notice("Room\nchange", "We meet upstairs.")), "subject");
        // A lone surrogate, escaped in the JSON text as a client that lost half a character would send it.
        assertInvalidFields(
                postNotice("{\"participantIds\":[\"" + nobody + "\"],\"kind\":\"GENERAL\","
                        + "\"subject\":\"Room change\\ud800\",\"body\":\"b\"}"),
                "subject");
        assertNothingStored();
    }

    @Test
    void aNoticeBodyMaySpanLines() {
        Map<String, Object> notice = notice("Room change", "We meet upstairs.\r\n\r\n\tThe lift is on the left.");
        notice.put("participantIds", List.of(UUID.randomUUID().toString()));
        postNotice(notice).then().statusCode(202);
    }

    @Test
    void aBodyThatIsNotExactlyOneWellFormedJsonValueIsRefused() {
        String good = People.json(notice("Room change", "We meet upstairs."));
        assertProblem(postNotice(good + " x"), 400, "malformed-request");
        assertProblem(postNotice(good.replace("{", "{\"subject\":\"Twice\",")), 400, "malformed-request");
        assertProblem(
                postNotice("{\"participantIds\":[null],\"kind\":\"GENERAL\",\"subject\":\"s\",\"body\":\"b\"}"),
                400,
                "malformed-request");
        assertProblem(
                postNotice("{\"participantIds\":[\"" + nobody + "\"],\"kind\":\"GENERAL\",\"subject\":1e999999,"
                        + "\"body\":\"b\"}"),
                400,
                "malformed-request");
        assertProblem(
                postNotice("{\"participantIds\":[\"" + nobody + "\"],\"kind\":7,\"subject\":\"s\",\"body\":\"b\"}"),
                400,
                "malformed-request");
        assertProblem(postNotice(""), 400, "malformed-request");
        assertNothingStored();
    }

    @Test
    void aRunRequestIsReadStrictlyToo() {
        assertProblem(postRun("{\"force\":\"true\"}"), 400, "malformed-request");
        assertProblem(postRun("{\"force\":1}"), 400, "malformed-request");
        assertProblem(postRun("{\"participantIds\":[null]}"), 400, "malformed-request");
        assertProblem(postRun("{} {}"), 400, "malformed-request");
        assertProblem(postRun("{\"force\":true,\"force\":false}"), 400, "malformed-request");
        // An empty body is not "everyone": a run for everyone is the empty object.
        assertProblem(postRun(""), 400, "malformed-request");
    }

    @Test
    void aBodyOverTheLimitIs413AndOtherMediaTypes415() {
        Map<String, Object> huge = notice("Room change", "x".repeat(300 * 1024));
        assertProblem(postNotice(huge), 413, "payload-too-large");
        Response plain = given().auth()
                .oauth2(TestTokens.coordinator())
                .contentType(ContentType.TEXT)
                .body("hello")
                .when()
                .post("/notices");
        assertProblem(plain, 415, "unsupported-media-type");
        assertNothingStored();
    }

    @Test
    void wrongAddressesMethodsAndTokensAreProblemsToo() {
        assertProblem(asCoordinator().get("/nothing-here"), 404, "not-found");
        assertProblem(asCoordinator().delete("/notices"), 405, "method-not-allowed");
        assertProblem(given().auth().oauth2(TestTokens.wrongIssuer()).when().get("/deliveries"), 401, "unauthorized")
                .header("WWW-Authenticate", equalTo("Bearer"));
        assertProblem(given().auth().oauth2("not-a-token").when().get("/deliveries"), 401, "unauthorized");
        assertProblem(
                given().auth()
                        .oauth2(TestTokens.participant(UUID.randomUUID()))
                        .when()
                        .get("/deliveries"),
                403,
                "forbidden");
    }

    @Test
    void unknownIdsAndIdsThatAreNotUuidsReadPlainly() {
        Response unknown = asCoordinator().post("/deliveries/" + UUID.randomUUID() + "/retry");
        assertProblem(unknown, 404, "not-found");
        assertThat(unknown.jsonPath().getString("detail")).isEqualTo("No delivery with this id.");
        assertInvalidFields(asCoordinator().post("/deliveries/not-an-id/retry"), "id");
    }

    private Map<String, Object> notice(String subject, String body) {
        Map<String, Object> notice = new LinkedHashMap<>();
        notice.put("participantIds", List.of(nobody.toString()));
        notice.put("kind", "GENERAL");
        notice.put("subject", subject);
        notice.put("body", body);
        return notice;
    }

    private void assertNothingStored() {
        asCoordinator()
                .queryParam("participantId", nobody)
                .get("/deliveries")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    private static RequestSpecification asCoordinator() {
        return given().auth().oauth2(TestTokens.coordinator()).when();
    }

    private static Response postNotice(Map<String, Object> notice) {
        return postNotice(People.json(notice));
    }

    private static Response postNotice(String json) {
        return given().auth()
                .oauth2(TestTokens.service("sessions-service"))
                .contentType(ContentType.JSON)
                .body(json)
                .when()
                .post("/notices");
    }

    private static Response postRun(String json) {
        return given().auth()
                .oauth2(TestTokens.coordinator())
                .contentType(ContentType.JSON)
                .body(json)
                .when()
                .post("/digests/runs");
    }
}
