package org.coproduction.notifications.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.coproduction.notifications.config.PortalConfig;
import org.coproduction.platform.link.PortalLinks;
import org.coproduction.platform.link.PortalLinks.Purpose;
import org.junit.jupiter.api.Test;

/** The unsubscribe address has no token subject: each link is counted on its own. */
@QuarkusTest
@TestProfile(UnsubscribeRateLimitTest.Limited.class)
class UnsubscribeRateLimitTest {

    public static class Limited implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // A profile of its own runs in a class loader of its own: an SMTP port of its own too (no mail is sent).
            return Map.of("coproduction.rate-limits.enabled", "true", "quarkus.mailer.port", "3927");
        }
    }

    @Inject
    PortalConfig portal;

    @Test
    void eachLinkIsLimitedOnItsOwnWithAProblemAndRetryAfter() {
        PortalLinks links = new PortalLinks(portal.linkKey(), Clock.systemUTC());
        String busy = links.sign(UUID.randomUUID(), Purpose.UNSUBSCRIBE);
        for (int i = 0; i < 10; i++) {
            given().when().get("/unsubscribe/" + busy).then().statusCode(200);
        }
        given().when()
                .get("/unsubscribe/" + busy)
                .then()
                .statusCode(429)
                .contentType(containsString("application/problem+json"))
                .header("Retry-After", notNullValue());
        given().when().post("/unsubscribe/" + busy).then().statusCode(429);
        given().when()
                .get("/unsubscribe/" + links.sign(UUID.randomUUID(), Purpose.UNSUBSCRIBE))
                .then()
                .statusCode(200);
    }
}
