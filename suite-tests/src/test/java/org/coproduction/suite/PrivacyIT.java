package org.coproduction.suite;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.platform.testing.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 10's "Done when", the parts a participant could try on the real jars: they cannot set their own consent
 * times, name a mentor, or learn whether an id or an address is registered; and nobody can fill the metrics with
 * series by calling random paths with wrong methods.
 */
class PrivacyIT {

    static SuiteEnvironment suite;

    @BeforeAll
    static void startSuite() throws Exception {
        suite = SuiteEnvironment.get();
    }

    static UUID register(String key) {
        People.Person person = new People.Person(
                key + UUID.randomUUID().toString().substring(0, 6), "Privacy " + key, "P", "LIVED_EXPERIENCE");
        return UUID.fromString(given().baseUri(suite.participants.url())
                .auth()
                .oauth2(TestTokens.coordinator())
                .contentType(ContentType.JSON)
                .body(person.body)
                .post("/participants")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }

    static Response patchOwn(UUID id, String body) {
        return given().baseUri(suite.participants.url())
                .auth()
                .oauth2(TestTokens.participant(id))
                .contentType("application/merge-patch+json")
                .body(body)
                .patch("/participants/" + id);
    }

    static Map<String, Object> read(UUID id) {
        return given().baseUri(suite.participants.url())
                .auth()
                .oauth2(TestTokens.coordinator())
                .get("/participants/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("");
    }

    @Test
    void aParticipantCannotSetTheirOwnConsentTimes() {
        UUID me = register("consent");
        Object consent = read(me).get("consent");
        Response backdated =
                patchOwn(me, "{\"consent\": {\"givenAt\": \"2000-01-01T00:00:00Z\", \"version\": \"2000\"}}");
        assertThat(backdated.statusCode()).isEqualTo(400);
        assertThat(read(me).get("consent")).isEqualTo(consent);
    }

    @Test
    void aParticipantCannotNameAMentorAndLearnsNothingAboutTheId() {
        UUID me = register("mentee");
        UUID someone = register("mentor");
        Response real = patchOwn(me, "{\"support\": {\"mentorId\": \"" + someone + "\"}}");
        Response random = patchOwn(me, "{\"support\": {\"mentorId\": \"" + UUID.randomUUID() + "\"}}");
        assertThat(real.statusCode()).isEqualTo(403);
        assertThat(random.statusCode()).isEqualTo(403);
        assertThat(real.jsonPath().getString("detail"))
                .isEqualTo(random.jsonPath().getString("detail"));
        assertThat(read(me).get("support").toString()).doesNotContain(someone.toString());
    }

    @Test
    void changingYourEmailNeverSaysWhetherTheAddressIsTaken() {
        UUID me = register("email");
        UUID other = register("holder");
        String taken = read(other).get("email").toString();
        String free = "free." + UUID.randomUUID().toString().substring(0, 8) + "@suite.example.org";
        Response toTaken = patchOwn(me, "{\"email\": \"" + taken + "\"}");
        Response toFree = patchOwn(me, "{\"email\": \"" + free + "\"}");
        assertThat(toTaken.statusCode()).isEqualTo(toFree.statusCode()).isEqualTo(200);
        assertThat(toTaken.asString()).doesNotContainIgnoringCase("already").doesNotContainIgnoringCase("taken");
        assertThat(toTaken.jsonPath().getMap("").keySet())
                .isEqualTo(toFree.jsonPath().getMap("").keySet());
        // Their address stays as it was until they follow the link sent to the new one.
        assertThat(read(me).get("email")).isNotIn(taken, free);
    }

    @Test
    void randomPathsWithWrongMethodsAddNoMetricSeries() {
        List<String> randoms = List.of(
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString());
        for (ServiceProcess service : List.of(suite.participants, suite.sessions, suite.notifications)) {
            for (String random : randoms) {
                // A known route with a method it does not have: 405 without any token.
                given().baseUri(service.url())
                        .post("/participants/" + random)
                        .then()
                        .statusCode(org.hamcrest.Matchers.oneOf(401, 404, 405));
                given().baseUri(service.url())
                        .delete("/sessions/" + random + "/x" + random)
                        .then()
                        .statusCode(org.hamcrest.Matchers.oneOf(401, 404, 405));
                given().baseUri(service.url())
                        .put("/q/" + random)
                        .then()
                        .statusCode(org.hamcrest.Matchers.oneOf(401, 404, 405));
            }
            String metrics = given().baseUri(service.url())
                    .get("/q/metrics")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            assertThat(metrics).contains("http_server_requests");
            for (String random : randoms) {
                assertThat(metrics).as("metrics of %s", service.url()).doesNotContain(random);
            }
        }
    }
}
