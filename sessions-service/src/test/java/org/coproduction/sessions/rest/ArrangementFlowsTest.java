package org.coproduction.sessions.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.platform.testing.Problems;
import org.coproduction.sessions.support.ApiTest;
import org.coproduction.sessions.support.People;
import org.coproduction.sessions.support.Sessions;
import org.coproduction.sessions.support.WireMockServers;
import org.junit.jupiter.api.Test;

/** GET /sessions/{id}/arrangements and PUT/DELETE /sessions/{id}/interpreters/{language} (issue 15). */
@QuarkusTest
@QuarkusTestResource(WireMockServers.class)
class ArrangementFlowsTest extends ApiTest {
    final UUID aisha = People.person("Aisha Khan")
            .needs("BSL_INTERPRETER")
            .dietary("Vegetarian")
            .register();
    final UUID ben = People.person("Ben Jones")
            .dietary(" vegetarian ")
            .format("LARGE_PRINT")
            .register();
    final UUID cat =
            People.person("Cat Ng").dietary("halal").interpretation("pl").register();

    String session(String format, String venue) {
        String project = createProject(aisha, ben, cat);
        return asCoordinator()
                .body(Sessions.body(
                        project, venue, format, "2027-03-29T17:00:00Z", "2027-03-29T18:30:00Z", aisha, ben, cat))
                .post("/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void listsWhatTheExpectedPeopleNeedAndWhatIsMissing() {
        String id = session("IN_PERSON", createVenue("IN_PERSON", "QUIET_SPACE"));
        // Cat is not coming: her halal meal and Polish interpreter are not needed.
        asParticipant(cat)
                .body(Map.of("answer", "NOT_COMING"))
                .put("/sessions/" + id + "/answers/" + cat)
                .then()
                .statusCode(200);

        asCoordinator()
                .get("/sessions/" + id + "/arrangements")
                .then()
                .statusCode(200)
                .body("sessionId", equalTo(id))
                .body("expected", equalTo(2))
                .body("currency", equalTo("GBP"))
                .body("dietary.size()", equalTo(1))
                .body("dietary[0].requirement", equalTo("vegetarian"))
                .body("dietary[0].count", equalTo(2))
                .body("dietary[0].names", nullValue())
                .body("interpreters.size()", equalTo(1))
                .body("interpreters[0].language", equalTo("bfi"))
                .body("interpreters[0].neededBy", equalTo(1))
                .body("interpreters[0].booked", equalTo(false))
                .body("interpreters[0].cost", nullValue())
                .body("largePrint.needed", equalTo(1))
                .body("largePrint.arranged", equalTo(false))
                .body("easyRead.needed", equalTo(0))
                .body("quietSpace.needed", equalTo(false))
                .body("quietSpace.arranged", equalTo(true))
                .body(
                        "missing",
                        equalTo(List.of(
                                "1 person needs an interpreter (bfi) and none is booked",
                                "1 person needs large-print copies and none are arranged")));

        asCoordinator()
                .queryParam("names", "true")
                .get("/sessions/" + id + "/arrangements")
                .then()
                .statusCode(200)
                .body("dietary[0].names", equalTo(List.of("Aisha Khan", "Ben Jones")));
    }

    @Test
    void theAccessCheckCountsABookedInterpreter() {
        String id = session("ONLINE", null);
        asCoordinator()
                .get("/sessions/" + id + "/access-check")
                .then()
                .statusCode(200)
                .body("ok", equalTo(false))
                .body("gaps.need", equalTo(List.of("BSL_INTERPRETER")));
        asCoordinator()
                .body(Map.of("booked", false))
                .put("/sessions/" + id + "/interpreters/bfi")
                .then()
                .statusCode(200);
        asCoordinator().get("/sessions/" + id + "/access-check").then().body("ok", equalTo(false));
        asCoordinator()
                .body(Map.of("booked", true))
                .put("/sessions/" + id + "/interpreters/bfi")
                .then()
                .statusCode(200);
        asCoordinator()
                .get("/sessions/" + id + "/access-check")
                .then()
                .statusCode(200)
                .body("ok", equalTo(true))
                .body("gaps", equalTo(List.of()));
    }

    @Test
    void aBookedInterpreterIsNoLongerMissingUntilTheBookingIsRemoved() {
        String id = session("ONLINE", null);

        asCoordinator()
                .body(Map.of("booked", true, "cost", 180.00, "reference", "SL-2291"))
                .put("/sessions/" + id + "/interpreters/BSL")
                .then()
                .statusCode(200)
                .body("language", equalTo("bfi"))
                .body("booked", equalTo(true))
                .body("cost", equalTo(180.0f))
                .body("currency", equalTo("GBP"))
                .body("reference", equalTo("SL-2291"));

        asCoordinator()
                .get("/sessions/" + id + "/arrangements")
                .then()
                .statusCode(200)
                .body("interpreters.language", equalTo(List.of("bfi", "pl")))
                .body("interpreters[0].booked", equalTo(true))
                .body("interpreters[0].cost", equalTo(180.0f))
                .body("interpreters[0].reference", equalTo("SL-2291"))
                .body("interpreters[1].booked", equalTo(false))
                .body(
                        "missing",
                        equalTo(List.of(
                                "1 person needs an interpreter (pl) and none is booked",
                                "1 person needs large-print copies and none are arranged")));

        // Sent again: replaced, not added.
        asCoordinator()
                .body(Map.of("booked", false))
                .put("/sessions/" + id + "/interpreters/bfi")
                .then()
                .statusCode(200)
                .body("booked", equalTo(false))
                .body("cost", nullValue())
                .body("reference", nullValue());
        asCoordinator()
                .get("/sessions/" + id + "/arrangements")
                .then()
                .body("interpreters.size()", equalTo(2))
                .body("missing[0]", equalTo("1 person needs an interpreter (bfi) and none is booked"));

        asCoordinator().delete("/sessions/" + id + "/interpreters/bfi").then().statusCode(204);
        asCoordinator().delete("/sessions/" + id + "/interpreters/bfi").then().statusCode(204);
        asCoordinator()
                .get("/sessions/" + id + "/arrangements")
                .then()
                .body("interpreters[0].booked", equalTo(false))
                .body("interpreters[0].reference", nullValue());
    }

    @Test
    void badBookingsAreRefusedNamingTheField() {
        String id = session("ONLINE", null);
        String path = "/sessions/" + id + "/interpreters/";
        Problems.assertInvalidFields(
                asCoordinator().body(Map.of("booked", true)).put(path + "b"), "language");
        Problems.assertInvalidFields(
                asCoordinator().body(Map.of("booked", true)).put(path + "abcdefghi"), "language");
        Problems.assertInvalidFields(
                asCoordinator().body(Map.of("booked", true)).put(path + "b1"), "language");
        Problems.assertInvalidFields(asCoordinator().body(Map.of("cost", 10)).put(path + "bfi"), "booked");
        Problems.assertInvalidFields(
                asCoordinator().body(Map.of("booked", true, "cost", 1.234)).put(path + "bfi"), "cost");
        Problems.assertInvalidFields(
                asCoordinator().body(Map.of("booked", true, "cost", 0)).put(path + "bfi"), "cost");
        Problems.assertInvalidFields(
                asCoordinator().body(Map.of("booked", true, "cost", 100000.01)).put(path + "bfi"), "cost");
        Problems.assertInvalidFields(
                asCoordinator()
                        .body(Map.of("booked", true, "reference", "x".repeat(101)))
                        .put(path + "bfi"),
                "reference");
        Problems.assertProblem(
                asCoordinator().body(Map.of("booked", true, "cost", "180.00")).put(path + "bfi"),
                400,
                "malformed-request");
        Problems.assertProblem(
                asCoordinator()
                        .body(Map.of("booked", true, "reference", "a\nb"))
                        .put(path + "bfi"),
                400,
                "validation");
        Problems.assertProblem(
                asCoordinator()
                        .body(Map.of("booked", true, "reference", "a\u0000b"))
                        .put(path + "bfi"),
                400,
                "validation");
        Problems.assertProblem(
                asCoordinator().body(Map.of("booked", true, "agency", "x")).put(path + "bfi"),
                400,
                "malformed-request");
        Problems.assertInvalidFields(
                asCoordinator().queryParam("names", "yes").get("/sessions/" + id + "/arrangements"), "names");
        Problems.assertProblem(
                asCoordinator().queryParam("nmaes", "true").get("/sessions/" + id + "/arrangements"),
                400,
                "validation");
    }

    @Test
    void unknownSessionsAreNotFoundAndCancelledOnesTakeNoBooking() {
        UUID unknown = UUID.randomUUID();
        Problems.assertProblem(asCoordinator().get("/sessions/" + unknown + "/arrangements"), 404, "not-found");
        Problems.assertProblem(
                asCoordinator().body(Map.of("booked", true)).put("/sessions/" + unknown + "/interpreters/bfi"),
                404,
                "not-found");
        Problems.assertProblem(asCoordinator().delete("/sessions/" + unknown + "/interpreters/bfi"), 404, "not-found");

        String id = session("ONLINE", null);
        asCoordinator()
                .body(Map.of("reason", "The hall is flooded."))
                .post("/sessions/" + id + "/cancel")
                .then()
                .statusCode(200);
        Problems.assertProblem(
                asCoordinator().body(Map.of("booked", true)).put("/sessions/" + id + "/interpreters/bfi"),
                409,
                "conflict");
    }

    @Test
    void onlyCoordinators() {
        String id = session("ONLINE", null);
        Problems.assertProblem(asParticipant(aisha).get("/sessions/" + id + "/arrangements"), 403, "forbidden");
        Problems.assertProblem(
                asParticipant(aisha).body(Map.of("booked", true)).put("/sessions/" + id + "/interpreters/bfi"),
                403,
                "forbidden");
        Problems.assertProblem(asParticipant(aisha).delete("/sessions/" + id + "/interpreters/bfi"), 403, "forbidden");
        Problems.assertProblem(asService().get("/sessions/" + id + "/arrangements"), 403, "forbidden");
    }

    @Test
    void participantsServiceDownIs503() {
        String id = session("ONLINE", null);
        WireMockServers.participants()
                .stubFor(post(urlEqualTo("/participants/lookup"))
                        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        Problems.assertProblem(asCoordinator().get("/sessions/" + id + "/arrangements"), 503, "dependency-unavailable");
    }

    @Test
    void aSensitiveSessionNeedsAQuietSpace() {
        String project = createProject(aisha);
        Map<String, Object> body = new HashMap<>(
                Sessions.body(project, null, "ONLINE", "2027-03-29T17:00:00Z", "2027-03-29T18:30:00Z", aisha));
        body.put(
                "sensitive", Map.of("contentNote", "We will talk about loss.", "wellbeingContactId", aisha.toString()));
        String id = asCoordinator()
                .body(body)
                .post("/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        asCoordinator()
                .get("/sessions/" + id + "/arrangements")
                .then()
                .statusCode(200)
                .body("quietSpace.needed", equalTo(true))
                .body("quietSpace.arranged", equalTo(false))
                .body(
                        "missing",
                        equalTo(List.of(
                                "1 person needs an interpreter (bfi) and none is booked",
                                "The session is on a sensitive topic and needs a quiet space; none is arranged")));
    }
}
