package org.coproduction.suite;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.coproduction.suite.contract.OpenApiDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The documents published in docs/openapi (written by each service's build, linted there, and the source of the
 * generated clients) are exactly what the running services serve at /q/openapi.
 */
class PublishedDocumentsIT {

    static SuiteEnvironment suite;

    @BeforeAll
    static void startSuite() throws Exception {
        suite = SuiteEnvironment.get();
    }

    @ParameterizedTest
    @ValueSource(strings = {"participants-service", "sessions-service", "notifications-service"})
    void thePublishedDocumentIsTheServedOne(String service) throws Exception {
        ServiceProcess running = switch (service) {
            case "participants-service" -> suite.participants;
            case "sessions-service" -> suite.sessions;
            default -> suite.notifications;
        };
        String served = given().baseUri(running.url())
                .accept("application/yaml")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Path published = SuiteEnvironment.root().resolve("docs/openapi/" + service + ".yaml");
        assertThat(OpenApiDocument.parse(service, served).tree())
                .as("docs/openapi/%s.yaml against %s/q/openapi", service, service)
                .isEqualTo(OpenApiDocument.read(service, published).tree());
    }
}
