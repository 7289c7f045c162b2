package org.coproduction.notifications.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.coproduction.notifications.support.OtherServicesWireMock;
import org.coproduction.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OtherServicesWireMock.class)
class OpsEndpointsTest {

    @Test
    void theDeliveryLogIsPaged() {
        given().auth()
                .oauth2(TestTokens.coordinator())
                .queryParam("page", 0)
                .queryParam("size", 5)
                .when()
                .get("/deliveries")
                .then()
                .statusCode(200)
                .body("page", equalTo(0))
                .body("size", equalTo(5))
                .body("total", notNullValue())
                .body("items", notNullValue());
    }

    @Test
    void badFiltersAreAllNamedAtOnce() {
        given().auth()
                .oauth2(TestTokens.coordinator())
                .queryParam("status", "LOST")
                .queryParam("size", 0)
                .queryParam("participantId", "nobody")
                .when()
                .get("/deliveries")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:coproduction:problem:validation"))
                .body("errors.field", containsInAnyOrder("status", "size", "participantId"));
    }

    @Test
    void unknownIdsAre404AndMalformedIds400() {
        given().auth()
                .oauth2(TestTokens.coordinator())
                .when()
                .post("/deliveries/" + UUID.randomUUID() + "/retry")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.coordinator())
                .when()
                .get("/digests/runs/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .body("type", equalTo("urn:coproduction:problem:not-found"));
        given().auth()
                .oauth2(TestTokens.coordinator())
                .when()
                .get("/digests/runs/yesterday")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("id"));
    }

    @Test
    void aRunRequestWithATypoOrABadIdIsRejected() {
        given().auth()
                .oauth2(TestTokens.coordinator())
                .contentType(ContentType.JSON)
                .body("{\"forse\":true}")
                .when()
                .post("/digests/runs")
                .then()
                .statusCode(400)
                .body("type", equalTo("urn:coproduction:problem:malformed-request"))
                .body("detail", containsString("forse"));
        given().auth()
                .oauth2(TestTokens.coordinator())
                .contentType(ContentType.JSON)
                .body("{\"participantIds\":[\"x\"]}")
                .when()
                .post("/digests/runs")
                .then()
                .statusCode(400)
                .body("detail", containsString("participantIds[0]"));
        given().auth()
                .oauth2(TestTokens.coordinator())
                .contentType(ContentType.JSON)
                .body("{not json")
                .when()
                .post("/digests/runs")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aRunForEveryoneIsAnEmptyJsonObjectAndOtherMediaTypesAre415() {
        given().auth()
                .oauth2(TestTokens.coordinator())
                .contentType(ContentType.JSON)
                .body("{}")
                .when()
                .post("/digests/runs")
                .then()
                .statusCode(202)
                .body("status", equalTo("QUEUED"))
                // Absolute, as the document's uri format says.
                .header("Location", matchesPattern("^https?://[^/]+/digests/runs/[0-9a-f-]{36}$"));
        given().auth()
                .oauth2(TestTokens.coordinator())
                .contentType(ContentType.TEXT)
                .body("run please")
                .when()
                .post("/digests/runs")
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:coproduction:problem:unsupported-media-type"));
    }

    @Test
    void onlyCoordinatorsRunDigestsAndReadTheLog() {
        given().auth()
                .oauth2(TestTokens.participant(UUID.randomUUID()))
                .contentType(ContentType.JSON)
                .body("{}")
                .when()
                .post("/digests/runs")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestTokens.service("sessions-service"))
                .when()
                .get("/deliveries")
                .then()
                .statusCode(403);
        given().when().get("/deliveries").then().statusCode(401);
    }

    @Test
    void healthAndTheApiDescriptionNeedNoToken() {
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body(containsString("/digests/runs"), containsString("/notices"), containsString("/deliveries"));
    }

    @Test
    void unknownPathsAreProblemsToo() {
        given().auth()
                .oauth2(TestTokens.coordinator())
                .when()
                .get("/nothing-here")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }
}
