package org.coproduction.participants.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.coproduction.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** What ops rely on: health that checks the database, metrics, and an OpenAPI document with the bearer scheme. */
@QuarkusTest
class PlatformEndpointsTest {

    @Test
    void readinessChecksTheDatabase() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body(containsString("Database connections health check"));
    }

    @Test
    void prometheusMetricsAreServed() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void openApiDescribesEveryOperationWithTheBearerScheme() {
        given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("paths.'/participants'.post.responses.'400'", notNullValue())
                .body(
                        "paths.'/participants'.get.parameters.name",
                        org.hamcrest.Matchers.hasItems("role", "status", "need", "q", "page", "size"))
                .body("paths.'/participants/{id}'.patch.responses.'412'", notNullValue())
                .body("paths.'/participants/lookup'.post", notNullValue())
                .body("paths.'/participants/{id}'.delete.responses.'204'", notNullValue())
                // The page shape comes from the method's return type; the standard answers from the platform's filter.
                .body("paths.'/participants'.get.responses.'200'.content.'application/json'.schema", notNullValue())
                .body(
                        "paths.'/participants'.get.responses.'400'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"))
                .body("paths.'/participants/{id}'.get.responses.'401'", notNullValue())
                .body("paths.'/participants/{id}'.get.responses.'500'", notNullValue())
                .body("paths.'/participants/{id}'.patch.responses.'415'", notNullValue())
                .body(
                        "paths.'/participants/{id}'.patch.responses.'412'.content.'application/problem+json'",
                        notNullValue())
                .body("components.schemas.Problem.properties.errors", notNullValue());
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void unknownPathIsAProblem() {
        given().auth()
                .oauth2(TestTokens.coordinator())
                .get("/nothing-here")
                .then()
                .statusCode(404);
    }
}
