package org.coproduction.notifications.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A fresh sign-in link: at most 3 an hour per address and 20 an hour per client, each a 429 problem. */
@QuarkusTest
@TestProfile(SignInLinkRateLimitTest.Limited.class)
class SignInLinkRateLimitTest {

    public static class Limited implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // A profile of its own: an SMTP port of its own, and no participants-service (nobody is mailed).
            return Map.of(
                    "coproduction.rate-limits.enabled", "true",
                    "quarkus.mailer.port", "3928",
                    "quarkus.rest-client.participants.url", "http://127.0.0.1:9");
        }
    }

    @Test
    void threeAnHourPerAddressAndTwentyAnHourPerClient() {
        String busy = "busy-" + UUID.randomUUID() + "@example.org";
        for (int i = 0; i < 3; i++) {
            ask(busy).then().statusCode(202);
        }
        // The same address in another case is the same address.
        ask(busy.toUpperCase())
                .then()
                .statusCode(429)
                .contentType(containsString("application/problem+json"))
                .header("Retry-After", notNullValue());
        // Another address from this client is fine, until the client has asked 20 times in all.
        for (int i = 4; i < 20; i++) {
            ask("other-" + i + "-" + UUID.randomUUID() + "@example.org").then().statusCode(202);
        }
        ask("one-more-" + UUID.randomUUID() + "@example.org")
                .then()
                .statusCode(429)
                .contentType(containsString("application/problem+json"))
                .header("Retry-After", notNullValue());
    }

    private static io.restassured.response.Response ask(String email) {
        return given().contentType(ContentType.JSON)
                .body("{\"email\":\"" + email + "\"}")
                .when()
                .post("/sign-in-links")
                .andReturn();
    }
}
