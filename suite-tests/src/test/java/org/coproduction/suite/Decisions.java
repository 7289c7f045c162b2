package org.coproduction.suite;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.coproduction.platform.testing.TestTokens;

/** Proposals and shared decisions (issue 15) as a coordinator and the project's members use them. */
final class Decisions {

    /** Shares such as 0.67 read as exact decimals, not floats. */
    private static final JsonPathConfig EXACT = new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    private final SuiteEnvironment suite;

    Decisions(SuiteEnvironment suite) {
        this.suite = suite;
    }

    RequestSpecification asCoordinator() {
        return as(TestTokens.coordinator());
    }

    RequestSpecification asMember(UUID participantId) {
        return as(TestTokens.participant(participantId));
    }

    private RequestSpecification as(String token) {
        return given().baseUri(suite.sessions.url()).auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** A proposal put to the project by the coordinator; its id. */
    UUID propose(UUID projectId, String title, String text, OffsetDateTime closesAt) {
        Response response = asCoordinator()
                .body(Map.of("title", title, "text", text, "closesAt", closesAt.toString()))
                .post("/projects/" + projectId + "/proposals");
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
        String id = response.path("id");
        assertThat(response.header("Location")).endsWith("/proposals/" + id);
        return UUID.fromString(id);
    }

    Response answer(UUID proposalId, UUID memberId, String answer, String comment) {
        Map<String, Object> body = new HashMap<>();
        body.put("answer", answer);
        body.put("comment", comment);
        return asMember(memberId).body(body).put("/proposals/" + proposalId + "/answers/" + memberId);
    }

    Response respond(UUID proposalId, UUID objectorId, String response) {
        return asCoordinator()
                .body(Map.of("response", response))
                .post("/proposals/" + proposalId + "/objections/" + objectorId + "/response");
    }

    Response withdraw(UUID proposalId, UUID objectorId) {
        return asMember(objectorId).post("/proposals/" + proposalId + "/objections/" + objectorId + "/withdraw");
    }

    Map<String, Object> get(UUID proposalId) {
        return ok(asCoordinator().get("/proposals/" + proposalId));
    }

    static Map<String, Object> ok(Response response) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
        return JsonPath.from(response.asString()).using(EXACT).getMap("");
    }
}
