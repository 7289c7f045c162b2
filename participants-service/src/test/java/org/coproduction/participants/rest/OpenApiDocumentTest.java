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
                .containsExactly("200", "400", "401", "403", "413", "415", "429", "500");
        assertThat(statuses("/participants/{id}", "get")).containsExactly("200", "400", "401", "403", "404", "500");
        assertThat(statuses("/participants/{id}", "put"))
                .containsExactly("200", "400", "401", "403", "404", "409", "412", "413", "415", "500");
        assertThat(statuses("/participants/{id}", "patch"))
                .containsExactly("200", "400", "401", "403", "404", "409", "412", "413", "415", "500");
        assertThat(statuses("/participants/{id}", "delete")).containsExactly("204", "400", "401", "403", "404", "500");
        assertThat(statuses("/participants/{id}/export", "get"))
                .containsExactly("200", "400", "401", "403", "404", "429", "500", "503");
        assertThat(statuses("/participants/{id}/email-confirmations", "post"))
                .containsExactly("200", "400", "401", "403", "404", "409", "413", "415", "500");
        assertThat(statuses("/participants/{id}/consent", "post"))
                .containsExactly("200", "400", "401", "403", "404", "500");
        assertThat(statuses("/participants/{id}/consent/withdrawals", "post"))
                .containsExactly("200", "400", "401", "403", "404", "413", "415", "500");
        assertThat(statuses("/participants/{id}/consent/history", "get"))
                .containsExactly("200", "400", "401", "403", "404", "500");
        assertThat(statuses("/audit", "get")).containsExactly("200", "400", "401", "403", "500");
        assertThat(statuses("/participants/{id}/benefits-limit", "get"))
                .containsExactly("200", "400", "401", "403", "404", "500");
        assertThat(statuses("/participants/{id}/benefits-limit", "put"))
                .containsExactly("200", "400", "401", "403", "404", "409", "412", "413", "415", "500");
        assertThat(statuses("/participants/{id}/benefits-limit", "delete"))
                .containsExactly("204", "400", "401", "403", "404", "500");
        assertThat(statuses("/participants/{id}/benefits-check", "post"))
                .containsExactly("200", "400", "401", "403", "404", "413", "415", "500");
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
                    String tag = path.getKey().startsWith("/audit")
                            ? "Audit"
                            : path.getKey().contains("/consent")
                                    ? "Consent"
                                    : path.getKey().contains("/benefits-") ? "Benefits" : "Participants";
                    assertThat(op.getValue().path("tags").toString()).as(name).isEqualTo("[\"" + tag + "\"]");
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
        assertThat(checked).hasSize(18);
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
        // Email is required only for the EMAIL channel, which the schema cannot say: the service checks it.
        assertThat(required).containsExactlyInAnyOrder("name", "role", "timeZone");
        assertThat(input.path("properties").path("email").path("description").asText())
                .contains("Required when `communication.channel` is EMAIL");
        assertThat(schema("PostalAddress").path("required").toString()).isEqualTo("[\"lines\",\"postcode\"]");
        assertThat(schema("PostalAddress")
                        .path("properties")
                        .path("lines")
                        .path("maxItems")
                        .asInt())
                .isEqualTo(6);
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
    void everyOperationHasItsOwnStableId() {
        Map<String, String> ids = new java.util.TreeMap<>();
        document.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue()
                        .fields()
                        .forEachRemaining(op -> ids.put(
                                op.getKey() + " " + path.getKey(),
                                op.getValue().path("operationId").asText())));
        // Generated clients name their methods after these: changing one breaks every caller.
        assertThat(ids)
                .containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                        Map.entry("post /participants/{id}/portal-visits", "recordPortalVisit"),
                        Map.entry("post /participants", "createParticipant"),
                        Map.entry("get /participants", "listParticipants"),
                        Map.entry("post /participants/lookup", "lookupParticipants"),
                        Map.entry("get /participants/{id}", "getParticipant"),
                        Map.entry("put /participants/{id}", "replaceParticipant"),
                        Map.entry("patch /participants/{id}", "updateParticipant"),
                        Map.entry("delete /participants/{id}", "eraseParticipant"),
                        Map.entry("get /participants/{id}/export", "exportParticipant"),
                        Map.entry("post /participants/{id}/email-confirmations", "confirmParticipantEmail"),
                        Map.entry("post /participants/{id}/consent", "giveConsent"),
                        Map.entry("post /participants/{id}/consent/withdrawals", "withdrawConsent"),
                        Map.entry("get /participants/{id}/consent/history", "listConsentHistory"),
                        Map.entry("get /audit", "listAuditEntries"),
                        Map.entry("get /participants/{id}/benefits-limit", "getBenefitsLimit"),
                        Map.entry("put /participants/{id}/benefits-limit", "setBenefitsLimit"),
                        Map.entry("delete /participants/{id}/benefits-limit", "forgetBenefitsLimit"),
                        Map.entry("post /participants/{id}/benefits-check", "checkBenefitsLimit")));
        document.path("tags")
                .forEach(tag -> assertThat(tag.path("description").asText())
                        .as(tag.path("name").asText())
                        .isNotBlank());
    }

    @Test
    void theBenefitsCheckAnswersYesOrNoOnlyAndTheLimitIsNotInTheRecord() {
        JsonNode result = schema("BenefitsCheckResult");
        List<String> properties = new ArrayList<>();
        result.path("properties").fieldNames().forEachRemaining(properties::add);
        assertThat(properties).containsExactly("crossesLimit");
        assertThat(schema("Participant").path("properties").has("benefitsLimit"))
                .isFalse();
        assertThat(schema("ParticipantExport").path("properties").has("benefitsLimit"))
                .isTrue();
        JsonNode limit = schema("BenefitsLimitInput").path("properties").path("limit");
        assertThat(limit.path("maximum").asInt()).isEqualTo(100000);
        assertThat(limit.path("multipleOf").decimalValue()).isEqualByComparingTo("0.01");
        assertThat(schema("BenefitsPeriodStart").path("oneOf").size()).isEqualTo(2);
        assertThat(schema("BenefitsCheck")
                        .path("properties")
                        .path("earlier")
                        .path("maxItems")
                        .asInt())
                .isEqualTo(500);
    }

    @Test
    void enumeratedListsPutTheEnumOnTheirItems() {
        JsonNode needs = schema("AccessNeeds").path("properties").path("needs");
        assertThat(needs.has("enum")).as("no enum on the array itself").isFalse();
        assertThat(needs.path("items").path("enum").toString())
                .contains("\"STEP_FREE_ACCESS\"", "\"PERSONAL_ASSISTANT\"");
        JsonNode needParameter = null;
        for (JsonNode parameter : operation("/participants", "get").path("parameters")) {
            if (parameter.path("name").asText().equals("email")) {
                assertThat(parameter.path("schema").path("maxLength").asInt()).isEqualTo(320);
            }
            if (parameter.path("name").asText().equals("need")) {
                needParameter = parameter;
            }
        }
        assertThat(needParameter).isNotNull();
        assertThat(needParameter.path("schema").has("enum")).isFalse();
        assertThat(needParameter.path("schema").path("items").path("$ref").asText())
                .isEqualTo("#/components/schemas/AccessNeed");
        assertThat(schema("AccessNeed").path("enum").size()).isEqualTo(14);
    }

    @Test
    void answersDocumentTheHeadersTheySend() {
        JsonNode created = operation("/participants", "post").path("responses").path("201");
        assertThat(created.path("headers").has("Location")).isTrue();
        assertThat(created.path("headers").has("ETag")).isTrue();
        for (String method : List.of("get", "put", "patch")) {
            assertThat(operation("/participants/{id}", method)
                            .path("responses")
                            .path("200")
                            .path("headers")
                            .has("ETag"))
                    .as(method)
                    .isTrue();
        }
        assertThat(operation("/participants", "get")
                        .path("responses")
                        .path("200")
                        .path("content")
                        .path("application/json")
                        .path("schema")
                        .path("$ref")
                        .asText())
                .isEqualTo("#/components/schemas/ParticipantPage");
    }

    @Test
    void answersMarkAsRequiredWhatIsAlwaysThere() {
        List<String> participant = new ArrayList<>();
        schema("Participant").path("required").forEach(n -> participant.add(n.asText()));
        assertThat(participant)
                .contains("id", "name", "role", "status", "accessNeeds", "consent", "version", "createdAt")
                .doesNotContain("preferredName", "pronouns", "email", "phone", "postalAddress", "organisation");
        List<String> page = new ArrayList<>();
        schema("ParticipantPage").path("required").forEach(n -> page.add(n.asText()));
        assertThat(page).containsExactlyInAnyOrder("items", "page", "size", "total");
        List<String> lookup = new ArrayList<>();
        schema("LookupResult").path("required").forEach(n -> lookup.add(n.asText()));
        assertThat(lookup).containsExactlyInAnyOrder("items", "missing");
    }

    @Test
    void theListParametersAreDocumentedWithTheirBounds() {
        JsonNode parameters = operation("/participants", "get").path("parameters");
        assertThat(parameters.findValuesAsText("name"))
                .containsExactlyInAnyOrder(
                        "role", "status", "need", "q", "email", "offersMentoring", "mentorId", "page", "size");
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
