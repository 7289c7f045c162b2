package org.coproduction.notifications.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.coproduction.notifications.support.OtherServicesWireMock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The served OpenAPI document is what clients are generated from: every operation is named, tagged, secured and
 * lists the answers it really gives, and the enums and required properties say what the JSON really holds.
 */
@QuarkusTest
@QuarkusTestResource(OtherServicesWireMock.class)
class OpenApiDocumentTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");

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

    @Test
    void everyOperationHasAStableIdASummaryATagAndTheBearerToken() {
        Map<String, String> ids = new TreeMap<>();
        List<String> tags = new ArrayList<>();
        document.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(method -> {
                    if (!METHODS.contains(method.getKey())) {
                        return;
                    }
                    JsonNode op = method.getValue();
                    String where = method.getKey() + " " + path.getKey();
                    assertThat(op.path("summary").asText())
                            .as("summary of %s", where)
                            .isNotBlank();
                    assertThat(op.path("tags")).as("tags of %s", where).hasSize(1);
                    tags.add(op.path("tags").get(0).asText());
                    if (path.getKey().startsWith("/unsubscribe/")
                            || path.getKey().equals("/sign-in-links")) {
                        // The signed link in the address authenticates; mail programs send no token. A person asking
                        // for a fresh link has none either.
                        assertThat(op.path("security").toString())
                                .as("security of %s", where)
                                .isEqualTo("[]");
                    } else {
                        assertThat(op.path("security").toString())
                                .as("security of %s", where)
                                .contains("bearer");
                    }
                    ids.put(op.path("operationId").asText(), where);
                }));
        assertThat(ids)
                .containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                        Map.entry("listDeliveries", "get /deliveries"),
                        Map.entry("summariseDeliveries", "post /deliveries/summary"),
                        Map.entry("retryDelivery", "post /deliveries/{id}/retry"),
                        Map.entry("getDeliveryDocument", "get /deliveries/{id}/document"),
                        Map.entry("markDeliveryPosted", "post /deliveries/{id}/posted"),
                        Map.entry("markDeliveryCalled", "post /deliveries/{id}/called"),
                        Map.entry("startDigestRun", "post /digests/runs"),
                        Map.entry("getDigestRun", "get /digests/runs/{id}"),
                        Map.entry("previewDigest", "get /digests/preview/{participantId}"),
                        Map.entry("sendNotice", "post /notices"),
                        Map.entry("eraseParticipantDeliveries", "post /erasures"),
                        Map.entry("exportParticipantDeliveries", "get /exports/{participantId}"),
                        Map.entry("sendEmailConfirmation", "post /email-confirmations"),
                        Map.entry("showUnsubscribe", "get /unsubscribe/{token}"),
                        Map.entry("unsubscribe", "post /unsubscribe/{token}"),
                        Map.entry("getUnsubscribe", "get /unsubscribes/{participantId}"),
                        Map.entry("cancelUnsubscribe", "delete /unsubscribes/{participantId}"),
                        Map.entry("requestSignInLink", "post /sign-in-links")));
        Set<String> described = new TreeSet<>();
        document.path("tags").forEach(tag -> {
            assertThat(tag.path("description").asText())
                    .as("description of tag %s", tag.path("name").asText())
                    .isNotBlank();
            described.add(tag.path("name").asText());
        });
        assertThat(described).containsExactlyInAnyOrderElementsOf(new TreeSet<>(tags));
    }

    @Test
    void eachOperationDocumentsTheAnswersItGives() {
        assertThat(statuses("/deliveries", "get")).containsExactly("200", "400", "401", "403", "500");
        assertThat(statuses("/deliveries/{id}/retry", "post"))
                .containsExactly("202", "400", "401", "403", "404", "409", "500");
        // Starting runs is rate limited (@RateLimited("digest-runs")): the platform documents the 429.
        assertThat(statuses("/digests/runs", "post"))
                .containsExactly("202", "400", "401", "403", "413", "415", "429", "500");
        assertThat(statuses("/digests/runs/{id}", "get")).containsExactly("200", "400", "401", "403", "404", "500");
        assertThat(statuses("/digests/preview/{participantId}", "get"))
                .containsExactly("200", "400", "401", "403", "404", "500", "503");
        assertThat(statuses("/notices", "post"))
                .containsExactly("202", "400", "401", "403", "413", "415", "422", "500");
        assertThat(operation("/notices", "post")
                        .at("/responses/422/content/application~1problem+json/schema/$ref")
                        .asText())
                .endsWith("/Problem");
        assertThat(statuses("/erasures", "post")).containsExactly("204", "400", "401", "403", "413", "415", "500");
        assertThat(statuses("/exports/{participantId}", "get")).containsExactly("200", "400", "401", "403", "500");
        assertThat(statuses("/email-confirmations", "post"))
                .containsExactly("202", "400", "401", "403", "413", "415", "500");
        // No bearer token: never 401 or 403; any body type: never 415. Pages, not problems, for 200 and 400.
        assertThat(statuses("/unsubscribe/{token}", "get")).containsExactly("200", "400", "429", "500");
        assertThat(statuses("/unsubscribe/{token}", "post")).containsExactly("200", "400", "413", "429", "500");
        assertThat(statuses("/unsubscribes/{participantId}", "get"))
                .containsExactly("200", "400", "401", "403", "404", "500");
        assertThat(statuses("/unsubscribes/{participantId}", "delete"))
                .containsExactly("204", "400", "401", "403", "500");
        // No token either, but JSON only (415), and rate limited per address and per client (429).
        assertThat(statuses("/sign-in-links", "post")).containsExactly("202", "400", "413", "415", "429", "500");
        assertThat(operation("/sign-in-links", "post")
                        .at("/responses/202/content/application~1json/schema/$ref")
                        .asText())
                .isEqualTo("#/components/schemas/SignInLinkAccepted");
        assertThat(operation("/unsubscribes/{participantId}", "get")
                        .at("/responses/200/content/application~1json/schema/$ref")
                        .asText())
                .isEqualTo("#/components/schemas/Unsubscribe");
        assertThat(operation("/unsubscribe/{token}", "post")
                        .at("/responses/400/content/text~1html")
                        .isMissingNode())
                .isFalse();
        assertThat(operation("/exports/{participantId}", "get")
                        .at("/responses/200/content/application~1json/schema/$ref")
                        .asText())
                .isEqualTo("#/components/schemas/NotificationsExport");

        JsonNode started = operation("/digests/runs", "post").path("responses").path("202");
        assertThat(started.path("headers").has("Location")).isTrue();
        assertThat(started.at("/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/DigestRunAccepted");
        assertThat(operation("/deliveries/{id}/retry", "post")
                        .at("/responses/202/content/application~1json/schema/$ref")
                        .asText())
                .isEqualTo("#/components/schemas/Delivery");
        assertThat(operation("/notices", "post")
                        .at("/responses/202/content/application~1json/schema/$ref")
                        .asText())
                .isEqualTo("#/components/schemas/Notice");
        List<String> previewTypes = new ArrayList<>();
        operation("/digests/preview/{participantId}", "get")
                .at("/responses/200/content")
                .fieldNames()
                .forEachRemaining(previewTypes::add);
        assertThat(previewTypes).containsExactlyInAnyOrder("text/html", "text/plain");
    }

    @Test
    void enumsAndRequiredPropertiesSayWhatTheJsonHolds() {
        JsonNode delivery = schema("Delivery");
        assertThat(texts(delivery.at("/properties/status/enum")))
                .containsExactly(
                        "PENDING",
                        "CLAIMED",
                        "SENDING",
                        "SENT",
                        "FAILED",
                        "SKIPPED",
                        "REJECTED",
                        "UNKNOWN",
                        "READY",
                        "POSTED",
                        "CALLED");
        assertThat(texts(schema("ExportedDelivery").at("/properties/status/enum")))
                .containsExactly(
                        "PENDING",
                        "CLAIMED",
                        "SENDING",
                        "SENT",
                        "FAILED",
                        "SKIPPED",
                        "REJECTED",
                        "UNKNOWN",
                        "READY",
                        "POSTED",
                        "CALLED");
        assertThat(texts(parameter("/deliveries", "get", "status").at("/schema/enum")))
                .containsExactly(
                        "PENDING",
                        "CLAIMED",
                        "SENDING",
                        "SENT",
                        "FAILED",
                        "SKIPPED",
                        "REJECTED",
                        "UNKNOWN",
                        "READY",
                        "POSTED",
                        "CALLED");
        // An empty list of people is refused: the member left out means everyone.
        assertThat(schema("DigestRunInput")
                        .at("/properties/participantIds/minItems")
                        .asInt())
                .isEqualTo(1);
        assertThat(texts(delivery.at("/properties/kind/enum")))
                .containsExactly("DIGEST", "NOTICE", "EMAIL_CONFIRMATION", "SIGN_IN_LINK", "REMINDER");
        assertThat(texts(delivery.path("required")))
                .contains("id", "participantId", "kind", "period", "status", "attempts", "createdAt", "updatedAt")
                .doesNotContain("sentAt", "lastError", "nextAttemptAt", "periodDate", "runId", "noticeId");
        JsonNode run = schema("DigestRun");
        assertThat(texts(run.at("/properties/status/enum")))
                .containsExactly("QUEUED", "RUNNING", "WAITING", "COMPLETED", "ABORTED");
        assertThat(texts(run.path("required")))
                .contains("id", "status", "due", "sent")
                .doesNotContain("error");
        // Request bodies require only what the service requires.
        assertThat(texts(schema("DigestRunInput").path("required"))).isEmpty();
        // Issue 13: with session the notice is written per reader, so subject and body are required only without it.
        assertThat(texts(schema("NoticeInput").path("required"))).containsExactlyInAnyOrder("participantIds", "kind");
        assertThat(texts(schema("NoticeSession").path("required")))
                .containsExactlyInAnyOrder("title", "start", "end", "timeZone");
        assertThat(texts(schema("ErasureInput").path("required"))).containsExactly("participantId");
        assertThat(texts(schema("EmailConfirmationInput").path("required")))
                .containsExactlyInAnyOrder("participantId", "address", "token");
        assertThat(texts(schema("NotificationsExport").path("required")))
                .containsExactly("deliveries", "leftOutOfRuns", "documents", "namedInNotices");
        assertThat(texts(schema("ExportedNamedInNotice").path("required")))
                .containsExactlyInAnyOrder("noticeId", "kind", "createdAt");
        // Issue 14: the kinds written for each reader, and their facts.
        assertThat(texts(schema("NoticeKind").path("enum")))
                .contains("CHECK_IN", "ENGAGEMENT_SUMMARY", "FOLLOW_UP_OFFER", "MENTOR_PAIRED");
        assertThat(texts(schema("EngagementReason").path("enum")))
                .containsExactly(
                        "MISSED_SESSIONS", "NO_SESSION_FOR_WEEKS", "DECLINED_INVITATIONS", "UNANSWERED_INVITATIONS");
        assertThat(texts(schema("NoticeFollowUp").path("required")))
                .containsExactlyInAnyOrder("dueBy", "wellbeingContactId");
        assertThat(texts(schema("NoticeMentoring").path("required"))).containsExactlyInAnyOrder("menteeId", "mentorId");
        assertThat(texts(schema("ExportedDocument").path("required")))
                .containsExactlyInAnyOrder("deliveryId", "kind", "status", "createdAt");
        assertThat(texts(schema("ExportedRunLeftOut").path("required"))).containsExactly("runId", "reason", "runAt");
        assertThat(texts(schema("DigestRun").path("required"))).contains("leftOut");
        JsonNode exported = schema("ExportedDelivery");
        assertThat(texts(exported.path("required")))
                .containsExactlyInAnyOrder("id", "kind", "period", "status", "createdAt");
        assertThat(exported.path("properties").has("body")).isFalse();
        // Enumerated query parameters carry their values (on the parameter's schema, never on an array).
        JsonNode status = parameter("/deliveries", "get", "status");
        assertThat(status.at("/schema/type").asText()).isEqualTo("string");
        assertThat(texts(status.at("/schema/enum"))).contains("FAILED");
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

    private JsonNode parameter(String path, String method, String name) {
        for (JsonNode parameter : operation(path, method).path("parameters")) {
            if (name.equals(parameter.path("name").asText())) {
                return parameter;
            }
        }
        throw new AssertionError(method + " " + path + " has no parameter " + name);
    }

    private JsonNode schema(String name) {
        JsonNode schema = document.path("components").path("schemas").path(name);
        assertThat(schema.isMissingNode()).as("schema %s", name).isFalse();
        return schema;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
