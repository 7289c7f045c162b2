package org.coproduction.platform.problem;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every problem carries the trace id of the request that met it: the caller's own when it sent a W3C
 * {@code traceparent} (so the id is the request's real trace, not a made-up one), a fresh one otherwise.
 */
@QuarkusTest
class ProblemTraceIdTest {

    private static String randomHex(int bytes) {
        byte[] value = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(value);
        value[0] |= 1; // never all zeros: an all-zero id is invalid and would be replaced
        return HexFormat.of().formatHex(value);
    }

    private static String participantToken() {
        return Jwt.issuer("coproduction-dev")
                .audience("coproduction")
                .subject("p-1")
                .groups("participant")
                .expiresIn(600)
                .sign();
    }

    /** Each kind of problem a service can answer, by the way it is raised (mapper, framework, guard, security). */
    private static Map<String, Function<RequestSpecification, Response>> everyKind() {
        Map<String, Function<RequestSpecification, Response>> kinds = new LinkedHashMap<>();
        kinds.put(
                "400 validation",
                r -> r.contentType(ContentType.JSON).body("{\"name\":\"\"}").post("/contract/items"));
        kinds.put(
                "400 malformed",
                r -> r.contentType(ContentType.JSON).body("{\"name\":").post("/contract/items"));
        kinds.put("400 unknown query parameter", r -> r.get("/contract/items?colour=red"));
        kinds.put("401 no token", r -> r.get("/security/me"));
        kinds.put("401 bad token", r -> r.auth().oauth2("not-a-token").get("/security/me"));
        kinds.put("403 role", r -> r.auth().oauth2(participantToken()).get("/contract/coordinators"));
        kinds.put("403 rule", r -> r.get("/contract/fail/not-allowed"));
        kinds.put("404 unmatched", r -> r.get("/nowhere"));
        kinds.put("404 unknown", r -> r.get("/contract/fail/not-found"));
        kinds.put("405", r -> r.delete("/contract/items"));
        kinds.put("409", r -> r.get("/contract/fail/conflict"));
        kinds.put(
                "413 guard",
                r -> r.contentType(ContentType.JSON)
                        .body("{\"name\":\"" + "a".repeat(300 * 1024) + "\"}")
                        .post("/contract/items"));
        kinds.put("415", r -> r.contentType(ContentType.TEXT).body("name").post("/contract/items"));
        kinds.put("500", r -> r.get("/contract/fail/anything-else"));
        kinds.put("503", r -> r.get("/contract/fail/dependency"));
        return kinds;
    }

    @Test
    void everyProblemCarriesTheTraceIdTheCallerSent() {
        everyKind().forEach((kind, call) -> {
            String traceId = randomHex(16);
            Response answer = call.apply(given().header("traceparent", "00-" + traceId + "-" + randomHex(8) + "-01"));
            assertThat(answer.contentType()).as(kind).startsWith("application/problem+json");
            assertThat(answer.jsonPath().getString("traceId")).as(kind).isEqualTo(traceId);
        });
    }

    @Test
    void aProblemWithoutIncomingTraceStillCarriesItsOwnTraceId() {
        everyKind().forEach((kind, call) -> {
            Response first = call.apply(given());
            Response second = call.apply(given());
            assertThat(first.jsonPath().getString("traceId")).as(kind).matches("[0-9a-f]{32}");
            assertThat(second.jsonPath().getString("traceId"))
                    .as(kind)
                    .matches("[0-9a-f]{32}")
                    .isNotEqualTo(first.jsonPath().getString("traceId"));
        });
    }

    @Test
    void outsideATraceThereIsNoTraceId() {
        assertThat(TraceIds.current()).isNull();
        Problem problem = Problem.of(ProblemType.NOT_FOUND, null, "/x");
        assertThat(problem.traceId()).isNull();
        assertThat(problem.withTraceId("4bf92f3577b34da6a3ce929d0e0e4736").traceId())
                .isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
    }
}
