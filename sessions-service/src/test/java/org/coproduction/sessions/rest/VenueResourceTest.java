package org.coproduction.sessions.rest;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.sessions.support.ApiTest;
import org.coproduction.sessions.support.WireMockServers;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(WireMockServers.class)
class VenueResourceTest extends ApiTest {

    @Test
    void aVenueKeepsItsFormatAndFeatures() {
        String id = createVenue("IN_PERSON", "STEP_FREE_ACCESS", "HEARING_LOOP");
        asCoordinator()
                .get("/venues/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("format", equalTo("IN_PERSON"))
                .body("features", containsInAnyOrder("STEP_FREE_ACCESS", "HEARING_LOOP"));
        asParticipant(UUID.randomUUID()).get("/venues/" + id).then().statusCode(200);
        asCoordinator()
                .queryParam("size", 200)
                .get("/venues")
                .then()
                .statusCode(200)
                .body("size", equalTo(200));
    }

    @Test
    void anUnknownFeatureOrFormatIs400NamingTheField() {
        asCoordinator()
                .body(Map.of("name", "Hall", "format", "IN_PERSON", "features", List.of("LIFT")))
                .post("/venues")
                .then()
                .statusCode(400)
                .body("type", equalTo("urn:coproduction:problem:malformed-request"))
                .body("detail", containsString("features[0]"));
        asCoordinator()
                .body(Map.of("name", "Hall", "format", "CASTLE"))
                .post("/venues")
                .then()
                .statusCode(400)
                .body("detail", containsString("'format'"));
        asCoordinator()
                .body(Map.of("address", "Nowhere"))
                .post("/venues")
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("name", "format"));
    }

    @Test
    void unknownVenueIs404AndOnlyCoordinatorsAddVenues() {
        asCoordinator().get("/venues/" + UUID.randomUUID()).then().statusCode(404);
        asParticipant(UUID.randomUUID())
                .body(Map.of("name", "Hall", "format", "ONLINE"))
                .post("/venues")
                .then()
                .statusCode(403);
    }

    @Test
    void noStackTraceEverReachesAClient() {
        asCoordinator().body("[1,2,3]").post("/venues").then().statusCode(400).body("$", not(hasKey("stackTrace")));
        asCoordinator()
                .contentType("text/plain")
                .body("hello")
                .post("/venues")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
    }
}
