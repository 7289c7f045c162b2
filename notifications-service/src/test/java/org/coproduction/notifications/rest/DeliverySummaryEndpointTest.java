package org.coproduction.notifications.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.notifications.domain.Delivery;
import org.coproduction.notifications.domain.DeliveryStatus;
import org.coproduction.notifications.support.Deliveries;
import org.coproduction.platform.testing.Problems;
import org.coproduction.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** POST /deliveries/summary: counts of how digests reached people, and strict input. */
@QuarkusTest
class DeliverySummaryEndpointTest {
    final UUID aisha = UUID.randomUUID();
    final UUID ben = UUID.randomUUID();

    static RequestSpecification asService() {
        return given().auth().oauth2(TestTokens.service("sessions-service")).contentType(ContentType.JSON);
    }

    static Map<String, Object> body(List<?> ids, Instant from, Instant to) {
        return Map.of("participantIds", ids, "from", from.toString(), "to", to.toString());
    }

    @Test
    void countsDigestsThatFellDueInThePeriod() {
        Delivery onTime = Deliveries.digest(aisha, DeliveryStatus.SENT, Duration.ofDays(3));
        onTime.sentAt = onTime.contentUntil.plus(Duration.ofHours(2));
        Delivery late = Deliveries.digest(aisha, DeliveryStatus.SENT, Duration.ofDays(5));
        late.sentAt = late.contentUntil.plus(Duration.ofHours(30));
        Delivery failed = Deliveries.digest(ben, DeliveryStatus.FAILED, Duration.ofDays(4));
        Delivery skipped = Deliveries.digest(ben, DeliveryStatus.SKIPPED, Duration.ofDays(4));
        Delivery longAgo = Deliveries.digest(ben, DeliveryStatus.SENT, Duration.ofDays(40));
        Deliveries.store(onTime, late, failed, skipped, longAgo);
        Instant now = Instant.now();

        asService()
                .body(body(List.of(aisha, ben), now.minus(Duration.ofDays(10)), now))
                .post("/deliveries/summary")
                .then()
                .statusCode(200)
                .body("digestsDue", equalTo(3))
                .body("digestsOnTime", equalTo(1))
                .body("people", equalTo(1))
                // Delivered before their rendering was recorded: not known to be reached.
                .body("reachedInOwnLanguageAndFormat", equalTo(0));
        given().auth()
                .oauth2(TestTokens.coordinator())
                .contentType(ContentType.JSON)
                .body(body(List.of(UUID.randomUUID()), now.minus(Duration.ofDays(10)), now))
                .post("/deliveries/summary")
                .then()
                .statusCode(200)
                .body("digestsDue", equalTo(0))
                .body("people", equalTo(0));
    }

    @Test
    void strictInput() {
        Instant now = Instant.now();
        Problems.assertInvalidFields(
                asService().body(body(List.of(), now.minusSeconds(60), now)).post("/deliveries/summary"),
                "participantIds");
        List<UUID> many = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            many.add(UUID.randomUUID());
        }
        Problems.assertInvalidFields(
                asService().body(body(many, now.minusSeconds(60), now)).post("/deliveries/summary"), "participantIds");
        Problems.assertInvalidFields(
                asService().body(body(List.of(aisha), now, now)).post("/deliveries/summary"), "to");
        Problems.assertInvalidFields(
                asService()
                        .body(body(List.of(aisha), now.minus(Duration.ofDays(5 * 366)), now))
                        .post("/deliveries/summary"),
                "to");
        Problems.assertInvalidFields(
                asService().body(Map.of("participantIds", List.of(aisha))).post("/deliveries/summary"), "from", "to");
        Problems.assertProblem(
                        asService()
                                .body(Map.of(
                                        "participantIds",
                                        List.of(aisha),
                                        "from",
                                        now.minusSeconds(60).toString(),
                                        "to",
                                        now.toString(),
                                        "people",
                                        true))
                                .post("/deliveries/summary"),
                        400,
                        "malformed-request")
                .body("detail", org.hamcrest.Matchers.containsString("people"));
        Problems.assertInvalidFields(
                asService()
                        .body(Map.of(
                                "participantIds",
                                List.of(aisha),
                                "from",
                                "3000-01-01T00:00:00Z",
                                "to",
                                // In range: Map.of's order varies from run to run, and the first bad instant read
                                // is the one named, so only "from" may be out of range here.
                                "2100-01-01T00:00:00Z"))
                        .post("/deliveries/summary"),
                "from");
        Problems.assertProblem(
                given().auth()
                        .oauth2(TestTokens.participant(aisha))
                        .contentType(ContentType.JSON)
                        .body(body(List.of(aisha), now.minusSeconds(60), now))
                        .post("/deliveries/summary"),
                403,
                "forbidden");
    }
}
