package org.coproduction.sessions.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduction.platform.testing.Problems.assertInvalidFields;
import static org.coproduction.platform.testing.Problems.assertProblem;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.platform.testing.TestTokens;
import org.coproduction.sessions.domain.Session;
import org.coproduction.sessions.support.ApiTest;
import org.coproduction.sessions.support.People;
import org.coproduction.sessions.support.Sessions;
import org.coproduction.sessions.support.WireMockServers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * This service's own errors come out in the suite's one problem shape: whatever a client sends, the answer is a 4xx
 * problem naming what is wrong, never a 5xx, and nothing refused is stored or changed.
 */
@QuarkusTest
@QuarkusTestResource(WireMockServers.class)
class HttpContractTest extends ApiTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String FAR_OFF = "+999999999-12-31T23:59:59Z";
    static final String START = "2027-03-29T17:00:00Z";
    static final String END = "2027-03-29T18:30:00Z";

    UUID aisha;
    String project;

    @BeforeEach
    void aProjectWithOnePerson() {
        aisha = People.person("Aisha").free("MONDAY", "18:00", "20:00").register();
        project = createProject(aisha);
    }

    Map<String, Object> session() {
        return Sessions.body(project, null, "ONLINE", START, END, aisha);
    }

    static Response post(String path, String body) {
        return asCoordinator().body(body).post(path);
    }

    static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs the requests and checks that none of them stored a session. */
    void nothingStored(Runnable requests) {
        long before = Session.count();
        requests.run();
        assertThat(Session.count()).isEqualTo(before);
    }

    @Test
    void unknownQueryParametersAreRefusedByName() {
        Response r =
                asCoordinator().queryParam("trainingInterest", "FACILITATION").get("/sessions");
        assertInvalidFields(r, "trainingInterest");
        assertInvalidFields(asCoordinator().queryParam("sise", "5").get("/projects"), "sise");
        assertInvalidFields(asCoordinator().queryParam("name", "Hall").get("/venues"), "name");
    }

    @Test
    void controlCharactersAreRefusedEverywhereAndLineBreaksOnlyInMultiLineFields() {
        nothingStored(() -> {
            Map<String, Object> nulInTitle = session();
            nulInTitle.put("title", "Planning\u0000");
            assertInvalidFields(post("/sessions", json(nulInTitle)), "title");

            Map<String, Object> nulInPurpose = session();
            nulInPurpose.put("purpose", "Agree dates\u0000");
            assertInvalidFields(post("/sessions", json(nulInPurpose)), "purpose");

            Map<String, Object> breakInTitle = session();
            breakInTitle.put("title", "Planning\nthe workshops");
            Response refused = post("/sessions", json(breakInTitle));
            assertInvalidFields(refused, "title");
            assertThat(refused.jsonPath().getList("errors.message", String.class))
                    .anyMatch(m -> m.contains("single line"));

            Map<String, Object> unpaired = session();
            unpaired.put("title", "@@title@@");
            // Escaped in the JSON itself: a lone surrogate cannot travel as UTF-8.
            assertInvalidFields(post("/sessions", json(unpaired).replace("@@title@@", "Plan \\ud800")), "title");

            assertInvalidFields(
                    asCoordinator()
                            .queryParam("from", "2027-03-01T00:00:00Z\u0001")
                            .get("/sessions"),
                    "from");
        });

        // A purpose, a cancellation reason, a summary and its decisions may span lines.
        Map<String, Object> multiLine = session();
        multiLine.put("purpose", "Agree dates\nand topics\tfor spring");
        String id = post("/sessions", json(multiLine))
                .then()
                .statusCode(201)
                .body("purpose", equalTo("Agree dates\nand topics\tfor spring"))
                .extract()
                .path("id");
        assertInvalidFields(post("/sessions/" + id + "/cancel", json(Map.of("reason", "Snow\u0000"))), "reason");
        post("/sessions/" + id + "/cancel", json(Map.of("reason", "Snow on the roads\r\nand the trains stopped")))
                .then()
                .statusCode(200)
                .body("cancelReason", equalTo("Snow on the roads\r\nand the trains stopped"));
    }

    @Test
    void malformedIfMatchIsA400AndChangesNothing() {
        String id = post("/sessions", json(session()))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        for (String ifMatch : List.of("3", "abc", "\"3", "W/3")) {
            Response r = asCoordinator()
                    .header("If-Match", ifMatch)
                    .body(json(Map.of("title", "Renamed")))
                    .patch("/sessions/" + id);
            assertInvalidFields(r, "If-Match");
            assertInvalidFields(
                    asCoordinator()
                            .header("If-Match", ifMatch)
                            .body(json(Map.of("reason", "Snow")))
                            .post("/sessions/" + id + "/cancel"),
                    "If-Match");
        }
        asCoordinator()
                .get("/sessions/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("title", equalTo("Planning the spring workshops"))
                .body("status", equalTo("SCHEDULED"));
        // A weak tag and * are preconditions that are understood.
        asCoordinator()
                .header("If-Match", "W/\"0\"")
                .body(json(Map.of("title", "Renamed")))
                .patch("/sessions/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"");
        asCoordinator()
                .header("If-Match", "*")
                .body(json(Map.of("title", "Renamed again")))
                .patch("/sessions/" + id)
                .then()
                .statusCode(200);
    }

    @Test
    void pagingIsBoundedOnEveryListSoNoOffsetOverflows() {
        for (String path : List.of("/sessions", "/projects", "/venues", "/projects/" + project + "/updates")) {
            assertInvalidFields(
                    asCoordinator()
                            .queryParam("page", "10737419")
                            .queryParam("size", "200")
                            .get(path),
                    "page");
            assertInvalidFields(asCoordinator().queryParam("size", "abc").get(path), "size");
            assertInvalidFields(asCoordinator().queryParam("size", "201").get(path), "size");
        }
        assertInvalidFields(
                asCoordinator()
                        .queryParam("from", START)
                        .queryParam("to", END)
                        .queryParam("page", "10737419")
                        .queryParam("size", "200")
                        .get("/contributions"),
                "page");
    }

    @Test
    void datesFarOffAreRefusedInBodiesAndQueries() {
        nothingStored(() -> {
            Map<String, Object> farEnd = session();
            farEnd.put("end", FAR_OFF);
            assertInvalidFields(post("/sessions", json(farEnd)), "end");
        });
        Map<String, Object> search =
                Map.of("participantIds", List.of(aisha), "from", START, "to", FAR_OFF, "durationMinutes", 60);
        assertInvalidFields(post("/slot-search", json(search)), "to");
        assertInvalidFields(
                post("/agendas", json(Map.of("participantIds", List.of(aisha), "since", FAR_OFF))), "since");
        assertInvalidFields(asCoordinator().queryParam("from", FAR_OFF).get("/sessions"), "from");
        assertInvalidFields(
                asCoordinator()
                        .queryParam("from", START)
                        .queryParam("to", FAR_OFF)
                        .get("/contributions"),
                "to");
        assertInvalidFields(
                asCoordinator().queryParam("since", FAR_OFF).get("/projects/" + project + "/updates"), "since");
        // Before 1900 is as far off as after 2200.
        assertInvalidFields(
                asCoordinator().queryParam("from", "1899-12-31T23:59:59Z").get("/sessions"), "from");
    }

    @Test
    void strictJsonRefusesWhatItWouldOtherwiseGuess() {
        nothingStored(() -> {
            String body = json(session());
            assertProblem(post("/sessions", body + " {}"), 400, "malformed-request");
            assertProblem(post("/sessions", "{\"title\": \"Twice\", " + body.substring(1)), 400, "malformed-request");
            assertProblem(post("/sessions", "{\"title\": \"Cut short\""), 400, "malformed-request");

            Map<String, Object> nullInList = session();
            nullInList.put("invitees", Arrays.asList(aisha, null));
            assertProblem(post("/sessions", json(nullInList)), 400, "malformed-request");

            Map<String, Object> hugeNumber = session();
            hugeNumber.put("title", "@@title@@");
            assertProblem(
                    post("/sessions", json(hugeNumber).replace("\"@@title@@\"", "1e999999")), 400, "malformed-request");

            Map<String, Object> numericInstant = session();
            numericInstant.put("start", 1806253200);
            assertInvalidFields(post("/sessions", json(numericInstant)), "start");

            Map<String, Object> offsetZone = session();
            offsetZone.put("timeZone", "+01:00");
            assertInvalidFields(post("/sessions", json(offsetZone)), "timeZone");
        });

        Map<String, Object> quoted = new java.util.HashMap<>(Map.of(
                "participantIds",
                List.of(aisha),
                "from",
                START,
                "to",
                "2027-03-30T00:00:00Z",
                "durationMinutes",
                "60"));
        assertProblem(post("/slot-search", json(quoted)), 400, "malformed-request")
                .body("detail", equalTo("Field 'durationMinutes' must be a whole number."));
        quoted.put("durationMinutes", 60.5);
        assertProblem(post("/slot-search", json(quoted)), 400, "malformed-request");
        quoted.put("durationMinutes", 60);
        quoted.put("requiredParticipantIds", Arrays.asList((Object) null));
        assertProblem(post("/slot-search", json(quoted)), 400, "malformed-request");
    }

    @Test
    void aPatchIsReadAsStrictlyAsANewSession() {
        String id = post("/sessions", json(session()))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        assertInvalidFields(
                asCoordinator().body(json(Map.of("timeZone", "+01:00"))).patch("/sessions/" + id), "timeZone");
        assertInvalidFields(
                asCoordinator().body(json(Map.of("title", "Renamed\u0000"))).patch("/sessions/" + id), "title");
        assertInvalidFields(asCoordinator().body(json(Map.of("start", FAR_OFF))).patch("/sessions/" + id), "start");
        assertProblem(
                asCoordinator().body(json(Map.of("titel", "Typo"))).patch("/sessions/" + id), 400, "malformed-request");
        assertProblem(
                asCoordinator().body("{\"title\": \"A\", \"title\": \"B\"}").patch("/sessions/" + id),
                400,
                "malformed-request");
        assertProblem(asCoordinator().body("[]").patch("/sessions/" + id), 400, "malformed-request");
        assertProblem(asCoordinator().contentType(ContentType.JSON).patch("/sessions/" + id), 400, "malformed-request");
        asCoordinator()
                .get("/sessions/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("timeZone", equalTo("Europe/London"))
                .body("title", equalTo("Planning the spring workshops"));
    }

    @Test
    void theFrameworksOwnRefusalsAreProblemsToo() {
        nothingStored(() -> {
            String big = "x".repeat(300 * 1024);
            Map<String, Object> tooLarge = session();
            tooLarge.put("purpose", big);
            assertProblem(post("/sessions", json(tooLarge)), 413, "payload-too-large");
            assertProblem(
                    asCoordinator().contentType(ContentType.TEXT).body("hello").post("/sessions"),
                    415,
                    "unsupported-media-type");
        });
        assertProblem(asCoordinator().get("/nothing-here"), 404, "not-found");
        assertProblem(asCoordinator().delete("/sessions"), 405, "method-not-allowed");
        assertProblem(given().auth().oauth2(TestTokens.wrongIssuer()).get("/sessions"), 401, "unauthorized")
                .header("WWW-Authenticate", equalTo("Bearer"));
        assertProblem(given().get("/sessions"), 401, "unauthorized");
        assertProblem(asParticipant(aisha).get("/projects"), 403, "forbidden");
    }

    @Test
    void participantsServiceDownIs503WithRetryAfter() {
        WireMockServers.participants()
                .stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
                                com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo("/participants/lookup"))
                        .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse()
                                .withStatus(503)));
        nothingStored(() -> assertProblem(post("/sessions", json(session())), 503, "dependency-unavailable")
                .header("Retry-After", equalTo("30"))
                .body(
                        "detail",
                        equalTo("participants-service is not answering; nothing was changed. "
                                + "Try again shortly.")));
    }
}
