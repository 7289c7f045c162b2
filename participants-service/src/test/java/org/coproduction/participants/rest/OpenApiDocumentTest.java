package org.coproduction.participants.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduction.participants.rest.ParticipantFixtures.group;
import static org.coproduction.participants.rest.ParticipantFixtures.valid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.coproduction.platform.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document says what the service really does: each operation's statuses, who may call it, the shapes
 * and limits of its bodies. Where the document states a limit, the service is asked to confirm it.
 */
@QuarkusTest
class OpenApiDocumentTest {

    private JsonNode document;

    @BeforeEach
    void readDocument() throws Exception {
        String text = given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        document = new ObjectMapper().readTree(text);
    }

    private JsonNode operation(String path, String method) {
        JsonNode op = document.path("paths").path(path).path(method);
        assertThat(op.isMissingNode()).as("%s %s is documented", method, path).isFalse();
        return op;
    }

    private Set<String> statuses(String path, String method) {
        Set<String> codes = new TreeSet<>();
        operation(path, method).path("responses").fieldNames().forEachRemaining(codes::add);
        return codes;
    }

    private JsonNode schema(String name) {
        return document.path("components").path("schemas").path(name);
    }

    @Test
    void eachOperationDocumentsExactlyTheAnswersItGives() {
        assertThat(statuses("/participants", "post"))
                .containsExactly("201", "400", "401", "403", "409", "413", "415", "500");
        assertThat(statuses("/participants", "get")).containsExactly("200", "400", "401", "403", "500");
        assertThat(statuses("/participants/lookup", "post"))
                .containsExactly("200", "400", "401", "403", "413", "415", "500");
        assertThat(statuses("/participants/{id}", "get")).containsExactly("200", "400", "401", "403", "404", "500");
        assertThat(statuses("/participants/{id}", "put"))
                .containsExactly("200", "400", "401", "403", "404", "409", "412", "413", "415", "500");
        assertThat(statuses("/participants/{id}", "patch"))
                .containsExactly("200", "400", "401", "403", "404", "409", "412", "413", "415", "500");
        assertThat(statuses("/participants/{id}", "delete")).containsExactly("204", "400", "401", "403", "404", "500");
    }

    @Test
    void everyOperationNeedsTheBearerTokenAndEveryErrorIsAProblem() {
        assertThat(document.path("components")
                        .path("securitySchemes")
                        .path("bearer")
                        .path("scheme")
                        .asText())
                .isEqualTo("bearer");
        assertThat(document.path("components")
                        .path("securitySchemes")
                        .path("bearer")
                        .path("bearerFormat")
                        .asText())
                .isEqualTo("JWT");
        List<String> checked = new ArrayList<>();
        document.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
                    String name = op.getKey() + " " + path.getKey();
                    assertThat(op.getValue().path("security").toString())
                            .as(name)
                            .isEqualTo("[{\"bearer\":[]}]");
                    assertThat(op.getValue().path("tags").toString()).as(name).isEqualTo("[\"Participants\"]");
                    op.getValue().path("responses").fields().forEachRemaining(response -> {
                        if (response.getKey().charAt(0) >= '4') {
                            assertThat(response.getValue()
                                            .path("content")
                                            .path("application/problem+json")
                                            .path("schema")
                                            .path("$ref")
                                            .asText())
                                    .as("%s %s", name, response.getKey())
                                    .isEqualTo("#/components/schemas/Problem");
                        }
                    });
                    checked.add(name);
                }));
        assertThat(checked).hasSize(7);
        assertThat(schema("Problem").path("properties").has("errors")).isTrue();
    }

    @Test
    void bodiesAndAnswersNameTheirSchemas() {
        assertThat(operation("/participants", "post")
                        .path("requestBody")
                        .path("content")
                        .path("application/json")
                        .path("schema")
                        .path("$ref")
                        .asText())
                .isEqualTo("#/components/schemas/ParticipantInput");
        assertThat(operation("/participants", "post")
                        .path("responses")
                        .path("201")
                        .path("content")
                        .path("application/json")
                        .path("schema")
                        .path("$ref")
                        .asText())
                .isEqualTo("#/components/schemas/Participant");
        assertThat(operation("/participants/lookup", "post")
                        .path("responses")
                        .path("200")
                        .path("content")
                        .path("application/json")
                        .path("schema")
                        .path("$ref")
                        .asText())
                .isEqualTo("#/components/schemas/LookupResult");
        JsonNode patchBody = operation("/participants/{id}", "patch")
                .path("requestBody")
                .path("content")
                .path("application/merge-patch+json");
        assertThat(patchBody.path("schema").path("type").asText()).isEqualTo("object");
        assertThat(patchBody
                        .path("examples")
                        .path("digest monthly")
                        .path("value")
                        .toString())
                .isEqualTo("{\"communication\":{\"digestFrequency\":\"MONTHLY\"}}");
        List<String> putParameters =
                operation("/participants/{id}", "put").path("parameters").findValuesAsText("name");
        assertThat(putParameters).containsExactlyInAnyOrder("id", "If-Match");
        assertThat(schema("Participant")
                        .path("properties")
                        .path("id")
                        .path("readOnly")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void theInputSchemaStatesTheRulesTheServiceKeeps() {
        JsonNode input = schema("ParticipantInput");
        List<String> required = new ArrayList<>();
        input.path("required").forEach(n -> required.add(n.asText()));
        assertThat(required).containsExactlyInAnyOrder("name", "email", "role", "timeZone", "consent");
        assertThat(input.path("properties").path("role").path("enum").toString())
                .isEqualTo("[\"LIVED_EXPERIENCE\",\"PRACTITIONER\",\"FACILITATOR\",\"COORDINATOR\"]");
        assertThat(schema("LookupRequest")
                        .path("properties")
                        .path("ids")
                        .path("maxItems")
                        .asInt())
                .isEqualTo(1000);
        assertThat(schema("AccessNeeds")
                        .path("properties")
                        .path("needs")
                        .path("maxItems")
                        .asInt())
                .isEqualTo(14);

        // The documented limits are the ones enforced: at the limit accepted, one past it refused.
        int nameMax = input.path("properties").path("name").path("maxLength").asInt();
        int noticeMax = schema("Availability")
                .path("properties")
                .path("minNoticeDays")
                .path("maximum")
                .asInt();
        assertThat(nameMax).isEqualTo(200);
        assertThat(noticeMax).isEqualTo(365);
        Map<String, Object> atLimit = valid();
        atLimit.put("name", "a".repeat(nameMax));
        group(atLimit, "availability").put("minNoticeDays", noticeMax);
        post(atLimit).then().statusCode(201);
        Map<String, Object> pastLimit = valid();
        pastLimit.put("name", "a".repeat(nameMax + 1));
        group(pastLimit, "availability").put("minNoticeDays", noticeMax + 1);
        List<String> fields = post(pastLimit).then().statusCode(400).extract().path("errors.field");
        assertThat(fields).containsExactlyInAnyOrder("name", "availability.minNoticeDays");
    }

    @Test
    void theListParametersAreDocumentedWithTheirBounds() {
        JsonNode parameters = operation("/participants", "get").path("parameters");
        assertThat(parameters.findValuesAsText("name"))
                .containsExactlyInAnyOrder("role", "status", "need", "q", "page", "size");
        for (JsonNode parameter : parameters) {
            assertThat(parameter.path("in").asText()).isEqualTo("query");
            assertThat(parameter.path("description").asText())
                    .as(parameter.path("name").asText())
                    .isNotBlank();
            if (parameter.path("name").asText().equals("size")) {
                assertThat(parameter.path("schema").path("minimum").asInt()).isEqualTo(1);
                assertThat(parameter.path("schema").path("maximum").asInt()).isEqualTo(200);
            }
            if (parameter.path("name").asText().equals("need")) {
                assertThat(parameter.path("schema").path("type").asText()).isEqualTo("array");
            }
        }
    }

    private static io.restassured.response.Response post(Map<String, Object> body) {
        return given().auth()
                .oauth2(TestTokens.coordinator())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/participants");
    }
}
