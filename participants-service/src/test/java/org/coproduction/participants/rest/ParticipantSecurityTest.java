package org.coproduction.participants.rest;

import static io.restassured.RestAssured.given;
import static org.coproduction.participants.rest.ParticipantFixtures.register;
import static org.coproduction.participants.rest.ParticipantFixtures.valid;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.coproduction.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ParticipantSecurityTest {

    @Test
    void noTokenIs401ProblemWithBearerChallenge() {
        given().when()
                .get("/participants")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer"));
        given().contentType(ContentType.JSON)
                .body(valid())
                .post("/participants")
                .then()
                .statusCode(401);
        given().get("/participants/" + UUID.randomUUID()).then().statusCode(401);
    }

    @Test
    void badTokenIs401() {
        given().auth().oauth2("not.a.token").get("/participants").then().statusCode(401);
        String otherIssuer = io.smallrye.jwt.build.Jwt.issuer("someone-else")
                .subject("x")
                .groups("coordinator")
                .sign();
        given().auth().oauth2(otherIssuer).get("/participants").then().statusCode(401);
    }

    @Test
    void wrongRoleIs403() {
        UUID someone = register();
        given().auth()
                .oauth2(TestTokens.participant(someone))
                .get("/participants")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.participant(someone))
                .contentType(ContentType.JSON)
                .body(valid())
                .post("/participants")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestTokens.participant(someone))
                .delete("/participants/" + someone)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestTokens.sign("x", "visitor"))
                .get("/participants")
                .then()
                .statusCode(403);
    }

    @Test
    void participantReadsAndChangesTheirOwnRecord() {
        UUID me = register();
        String token = TestTokens.participant(me);
        given().auth()
                .oauth2(token)
                .get("/participants/" + me)
                .then()
                .statusCode(200)
                .body("id", equalTo(me.toString()));
        given().auth()
                .oauth2(token)
                .contentType("application/merge-patch+json")
                .body("{\"communication\": {\"format\": \"PLAIN_TEXT\"}, \"availability\": {\"minNoticeDays\": 14}}")
                .patch("/participants/" + me)
                .then()
                .statusCode(200)
                .body("communication.format", equalTo("PLAIN_TEXT"))
                .body("availability.minNoticeDays", equalTo(14));
    }

    @Test
    void participantCannotReadOrChangeAnotherPersonNorLearnWhetherTheyExist() {
        UUID me = register();
        UUID other = register();
        String token = TestTokens.participant(me);
        String existing = given().auth()
                .oauth2(token)
                .get("/participants/" + other)
                .then()
                .statusCode(403)
                .extract()
                .path("detail");
        String missing = given().auth()
                .oauth2(token)
                .get("/participants/" + UUID.randomUUID())
                .then()
                .statusCode(403)
                .extract()
                .path("detail");
        org.assertj.core.api.Assertions.assertThat(existing).isEqualTo(missing);

        given().auth()
                .oauth2(token)
                .contentType("application/merge-patch+json")
                .body("{\"organisation\": \"Hacked\"}")
                .patch("/participants/" + other)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(valid())
                .put("/participants/" + other)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestTokens.coordinator())
                .get("/participants/" + other)
                .then()
                .body("organisation", equalTo("Recovery Network"));
    }

    @Test
    void participantCannotChangeTheirOwnRoleOrStatus() {
        UUID me = register();
        String token = TestTokens.participant(me);
        given().auth()
                .oauth2(token)
                .contentType("application/merge-patch+json")
                .body(Map.of("role", "COORDINATOR"))
                .patch("/participants/" + me)
                .then()
                .statusCode(403)
                .body("detail", org.hamcrest.Matchers.containsString("role or status"));
        given().auth()
                .oauth2(token)
                .contentType("application/merge-patch+json")
                .body(Map.of("status", "PAUSED"))
                .patch("/participants/" + me)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("pausedUntil"));
        given().auth()
                .oauth2(TestTokens.coordinator())
                .get("/participants/" + me)
                .then()
                .body("role", equalTo("LIVED_EXPERIENCE"))
                .body("status", equalTo("ACTIVE"))
                .body("version", equalTo(0));

        given().auth()
                .oauth2(TestTokens.coordinator())
                .contentType("application/merge-patch+json")
                .body(Map.of("status", "PAUSED"))
                .patch("/participants/" + me)
                .then()
                .statusCode(200)
                .body("status", equalTo("PAUSED"));
    }

    @Test
    void healthNeedsNoToken() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/health/live").then().statusCode(200);
    }
}
