package org.coproduction.sessions.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.coproduction.sessions.support.WireMockServers;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(WireMockServers.class)
class OpenApiAndHealthTest {

    @Test
    void everyOperationIsDescribedWithItsErrors() {
        given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("paths", hasKey("/slot-search"))
                .body("paths", hasKey("/agendas"))
                .body("paths.'/sessions/{id}'.patch.summary", equalTo("Reschedule or change a session"))
                .body("paths.'/sessions/{id}'.patch.responses", hasKey("412"))
                .body("paths.'/sessions'.post.responses", hasKey("503"))
                .body("paths.'/projects'.get.responses", hasKey("401"))
                .body("paths.'/projects'.get.responses", hasKey("403"))
                .body("components.schemas", hasKey("Problem"))
                .body(
                        "components.schemas.CreateSessionRequest.properties.title.examples[0]",
                        equalTo("Planning the spring workshops"));
    }

    @Test
    void swaggerUiAndHealthAreServed() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
