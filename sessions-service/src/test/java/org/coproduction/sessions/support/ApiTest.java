package org.coproduction.sessions.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.platform.testing.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Common ground for API tests: stand-ins reset, circuits closed, helpers to create test data over the API. */
public abstract class ApiTest {
    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @BeforeEach
    protected void standInsUp() {
        WireMockServers.resetToDefaults();
        circuitBreakers.resetAll();
    }

    @AfterEach
    protected void closeCircuits() {
        circuitBreakers.resetAll();
    }

    protected static RequestSpecification asCoordinator() {
        return given().auth().oauth2(TestTokens.coordinator()).contentType(ContentType.JSON);
    }

    protected static RequestSpecification asParticipant(UUID id) {
        return given().auth().oauth2(TestTokens.participant(id)).contentType(ContentType.JSON);
    }

    protected static RequestSpecification asService() {
        return given().auth()
                .oauth2(TestTokens.service("notifications-service"))
                .contentType(ContentType.JSON);
    }

    protected static String createProject(UUID... members) {
        return asCoordinator()
                .body(Map.of(
                        "name",
                        "Crisis line redesign",
                        "purpose",
                        "Redesign it together",
                        "memberIds",
                        List.of(members)))
                .post("/projects")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    protected static String createVenue(String format, String... features) {
        return asCoordinator()
                .body(Map.of(
                        "name",
                        "Community Hub",
                        "address",
                        "12 High Street",
                        "format",
                        format,
                        "features",
                        List.of(features)))
                .post("/venues")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
