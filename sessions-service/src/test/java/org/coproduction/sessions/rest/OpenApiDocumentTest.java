package org.coproduction.sessions.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.coproduction.sessions.support.WireMockServers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the served OpenAPI document promises: every operation, its own answers and the platform's standard ones. */
@QuarkusTest
@QuarkusTestResource(WireMockServers.class)
class OpenApiDocumentTest {
    static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    JsonPath doc;

    @BeforeEach
    void read() {
        doc = given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    Map<String, Map<String, Object>> operations(String path) {
        return (Map) doc.getMap("paths.'" + path + "'");
    }

    @Test
    void everyEndpointOfTheServiceIsDescribed() {
        Map<String, Object> paths = doc.getMap("paths");
        assertThat(paths)
                .containsKeys(
                        "/projects",
                        "/projects/{id}",
                        "/projects/{id}/members/{participantId}",
                        "/projects/{id}/updates",
                        "/venues",
                        "/venues/{id}",
                        "/sessions",
                        "/sessions/{id}",
                        "/sessions/{id}/cancel",
                        "/sessions/{id}/access-check",
                        "/sessions/{id}/costs",
                        "/sessions/{id}/answers/{participantId}",
                        "/sessions/{id}/summary",
                        "/sessions/{id}/attendance",
                        "/sessions/{id}/calendar.ics",
                        "/slot-search",
                        "/agendas",
                        "/contributions",
                        "/erasures",
                        "/exports/{participantId}");
    }

    @Test
    void everyOperationHasASummaryAndTheStandard401And403And500() {
        Map<String, Object> paths = doc.getMap("paths");
        int operations = 0;
        for (String path : paths.keySet()) {
            for (Map.Entry<String, Map<String, Object>> op : operations(path).entrySet()) {
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                operations++;
                String where = op.getKey() + " " + path;
                assertThat((String) op.getValue().get("summary")).as(where).isNotBlank();
                @SuppressWarnings("unchecked")
                Map<String, Object> responses =
                        (Map<String, Object>) op.getValue().get("responses");
                assertThat(responses).as(where).containsKeys("401", "403", "500");
            }
        }
        assertThat(operations).isGreaterThanOrEqualTo(20);
    }

    @Test
    void everyOperationHasItsOwnStableOperationId() {
        Map<String, String> expected = Map.ofEntries(
                Map.entry("post /projects", "createProject"),
                Map.entry("get /projects", "listProjects"),
                Map.entry("get /projects/{id}", "getProject"),
                Map.entry("put /projects/{id}/members/{participantId}", "addProjectMember"),
                Map.entry("delete /projects/{id}/members/{participantId}", "removeProjectMember"),
                Map.entry("put /projects/{id}/coordinators/{participantId}", "addProjectCoordinator"),
                Map.entry("delete /projects/{id}/coordinators/{participantId}", "removeProjectCoordinator"),
                Map.entry("post /projects/{id}/updates", "createProjectUpdate"),
                Map.entry("post /projects/{id}/updates/readability-checks", "checkProjectUpdate"),
                Map.entry("get /projects/{id}/updates/{updateId}", "getProjectUpdate"),
                Map.entry("put /projects/{id}/updates/{updateId}", "correctProjectUpdate"),
                Map.entry("delete /projects/{id}/updates/{updateId}", "withdrawProjectUpdate"),
                Map.entry("get /projects/{id}/updates", "listProjectUpdates"),
                Map.entry("post /venues", "createVenue"),
                Map.entry("get /venues", "listVenues"),
                Map.entry("get /venues/{id}", "getVenue"),
                Map.entry("post /slot-search", "searchSlots"),
                Map.entry("post /sessions", "createSession"),
                Map.entry("get /sessions", "listSessions"),
                Map.entry("get /sessions/{id}", "getSession"),
                Map.entry("patch /sessions/{id}", "updateSession"),
                Map.entry("post /sessions/{id}/cancel", "cancelSession"),
                Map.entry("get /sessions/{id}/access-check", "checkSessionAccess"),
                Map.entry("get /sessions/{id}/costs", "estimateSessionCosts"),
                Map.entry("get /sessions/{id}/arrangements", "getSessionArrangements"),
                Map.entry("put /sessions/{id}/interpreters/{language}", "bookSessionInterpreter"),
                Map.entry("delete /sessions/{id}/interpreters/{language}", "removeSessionInterpreter"),
                Map.entry("get /sessions/{id}/follow-ups", "listSessionFollowUps"),
                Map.entry("post /sessions/{id}/follow-ups/{participantId}/decline", "declineSessionFollowUp"),
                Map.entry("get /training/suggestions", "listTrainingSuggestions"),
                Map.entry("put /sessions/{id}/answers/{participantId}", "answerInvitation"),
                Map.entry("put /sessions/{id}/summary", "recordSessionSummary"),
                Map.entry("post /sessions/{id}/summary/readability-checks", "checkSessionSummary"),
                Map.entry("patch /sessions/{id}/actions/{actionId}", "markSessionAction"),
                Map.entry("get /sessions/{id}/summary", "getSessionSummary"),
                Map.entry("put /sessions/{id}/attendance", "recordSessionAttendance"),
                Map.entry("get /sessions/{id}/calendar.ics", "getSessionCalendar"),
                Map.entry("post /agendas", "gatherAgendas"),
                Map.entry("get /contributions", "listContributions"),
                Map.entry("get /engagement", "listEngagement"),
                Map.entry("post /engagement/runs", "runEngagement"),
                Map.entry("get /mentoring/suggestions", "listMentorSuggestions"),
                Map.entry("get /support", "listSupportWaits"),
                Map.entry("get /projects/{id}/standards", "getProjectStandards"),
                Map.entry("post /projects/{id}/proposals", "createProposal"),
                Map.entry("get /projects/{id}/proposals", "listProjectProposals"),
                Map.entry("get /proposals/{id}", "getProposal"),
                Map.entry("put /proposals/{id}/answers/{participantId}", "answerProposal"),
                Map.entry("post /proposals/{id}/objections/{participantId}/response", "respondToObjection"),
                Map.entry("post /proposals/{id}/objections/{participantId}/withdraw", "withdrawObjection"),
                Map.entry("post /erasures", "eraseParticipantSessionsData"),
                Map.entry("get /exports/{participantId}", "exportParticipantSessionsData"),
                Map.entry("post /sessions/{id}/payments", "addSessionPayment"),
                Map.entry("get /payments/{id}", "getPayment"),
                Map.entry("get /payments", "listPayments"),
                Map.entry("get /payments/owed", "listPaymentsOwed"),
                Map.entry("get /payments/export.csv", "exportPaymentsCsv"),
                Map.entry("get /payments/totals", "getPaymentTotals"),
                Map.entry("post /payments/{id}/claim", "claimPayment"),
                Map.entry("post /payments/{id}/approve", "approvePayment"),
                Map.entry("post /payments/{id}/pay", "payPayment"),
                Map.entry("post /payments/{id}/decline", "declinePayment"));
        Map<String, String> actual = new java.util.HashMap<>();
        Map<String, Object> paths = doc.getMap("paths");
        for (String path : paths.keySet()) {
            for (Map.Entry<String, Map<String, Object>> op : operations(path).entrySet()) {
                if (METHODS.contains(op.getKey())) {
                    actual.put(op.getKey() + " " + path, (String) op.getValue().get("operationId"));
                }
            }
        }
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void everyTagIsDescribed() {
        List<Map<String, Object>> tags = doc.getList("tags");
        assertThat(tags)
                .extracting(t -> t.get("name"))
                .contains("Projects", "Venues", "Sessions", "Slot search", "Personal data");
        for (Map<String, Object> tag : tags) {
            assertThat((String) tag.get("description"))
                    .as("%s", tag.get("name"))
                    .isNotBlank();
        }
    }

    @Test
    void theHeadersTheServiceSendsAreDocumented() {
        for (String path : List.of("/projects", "/venues", "/sessions")) {
            assertThat(doc.getMap("paths.'" + path + "'.post.responses.'201'.headers"))
                    .as(path)
                    .containsKeys("Location", "ETag");
        }
        for (String[] op : new String[][] {
            {"/projects/{id}", "get"},
            {"/projects/{id}/members/{participantId}", "put"},
            {"/venues/{id}", "get"},
            {"/sessions/{id}", "get"},
            {"/sessions/{id}", "patch"},
            {"/sessions/{id}/cancel", "post"}
        }) {
            assertThat(doc.getMap("paths.'" + op[0] + "'." + op[1] + ".responses.'200'.headers"))
                    .as("%s %s", op[1], op[0])
                    .containsKey("ETag");
        }
        assertThat(doc.getMap("paths.'/sessions/{id}/calendar.ics'.get.responses.'200'.headers"))
                .containsKey("Content-Disposition");
        assertThat(doc.getMap("paths.'/sessions/{id}/calendar.ics'.get.responses.'200'.content"))
                .containsOnlyKeys("text/calendar");
    }

    @Test
    void enumsOfArraysAreOnTheirItems() {
        for (String schema : List.of("CreateVenueRequest", "VenueResponse")) {
            String where = "components.schemas." + schema + ".properties.features";
            assertThat(doc.getMap(where)).as(schema).doesNotContainKey("enum");
            assertThat(doc.getString(where + ".items.'$ref'")).as(schema).endsWith("/AccessNeed");
        }
        assertThat(doc.getList("components.schemas.AccessNeed.enum")).contains("BSL_INTERPRETER");
    }

    @Test
    void answersMarkWhatIsAlwaysPresentAsRequired() {
        assertThat(doc.getList("components.schemas.SessionResponse.required", String.class))
                .contains("id", "projectId", "title", "start", "end", "status", "invitees", "version")
                .doesNotContain("purpose", "venue", "joiningLink", "cancelReason", "availabilityConflicts");
        assertThat(doc.getList("components.schemas.ProjectResponse.required", String.class))
                .contains("id", "name", "memberIds", "version")
                .doesNotContain("purpose");
        assertThat(doc.getList("components.schemas.SummaryResponse.required", String.class))
                .contains("sessionId", "decisions", "actions")
                .doesNotContain("summary", "recordedAt");
        assertThat(doc.getList("components.schemas.CostsResponse.required", String.class))
                .contains("currency", "lines", "total", "vouchersTotal");
        assertThat(doc.getList("components.schemas.SessionsExport.required", String.class))
                .contains("memberships", "invitations", "attendance", "actions", "contributions");
        assertThat(doc.getList("components.schemas.ExportAction.required", String.class))
                .contains("sessionId", "description", "done")
                .doesNotContain("due");
        // An action's owner is null once that person was erased.
        assertThat(doc.getList("components.schemas.Action.required", String.class))
                .doesNotContain("ownerId");
        // Shared by requests and answers: only what a request must carry is required.
        assertThat(doc.getMap("components.schemas.Arrangements")).doesNotContainKey("required");
    }

    @Test
    void operationsWithABodyAlsoDocument400And413And415() {
        for (String[] op : new String[][] {
            {"/projects", "post"},
            {"/venues", "post"},
            {"/sessions", "post"},
            {"/sessions/{id}", "patch"},
            {"/sessions/{id}/cancel", "post"},
            {"/sessions/{id}/summary", "put"},
            {"/sessions/{id}/attendance", "put"},
            {"/slot-search", "post"},
            {"/agendas", "post"},
            {"/erasures", "post"}
        }) {
            Map<String, Object> responses = doc.getMap("paths.'" + op[0] + "'." + op[1] + ".responses");
            assertThat(responses).as("%s %s", op[1], op[0]).containsKeys("400", "413", "415");
        }
    }

    @Test
    void errorAnswersCarryTheProblemSchema() {
        String ref = doc.getString(
                "paths.'/sessions/{id}'.patch.responses.'412'.content.'application/problem+json'.schema.'$ref'");
        assertThat(ref).endsWith("/Problem");
        assertThat(doc.getMap("components.schemas.Problem.properties"))
                .containsKeys("type", "title", "status", "detail");
    }

    @Test
    void theServicesOwnAnswersAreDescribedInOneLineEach() {
        given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .body(
                        "paths.'/sessions/{id}'.patch.responses.'409'.description",
                        startsWith("The session is cancelled or completed"))
                .body(
                        "paths.'/sessions/{id}'.patch.responses.'503'.description",
                        equalTo("participants-service is down; nothing changed"))
                .body("paths.'/projects/{id}/members/{participantId}'.delete.responses", hasKey("204"))
                .body("paths.'/venues/{id}'.get.description", containsString("Participants may read venues"))
                .body("paths.'/sessions/{id}'.patch.description", containsString("RFC 7396"));
    }

    @Test
    void listsDocumentTheirPagingAndFilters() {
        List<String> sessionParams = doc.getList("paths.'/sessions'.get.parameters.name", String.class);
        assertThat(sessionParams).contains("projectId", "participantId", "from", "to", "page", "size");
        List<String> contributionParams = doc.getList("paths.'/contributions'.get.parameters.name", String.class);
        assertThat(contributionParams).contains("from", "to", "participantId", "page", "size");
        assertThat(doc.getList("paths.'/venues'.get.parameters.name", String.class))
                .contains("page", "size");
        assertThat(doc.getList("paths.'/projects/{id}/updates'.get.parameters.name", String.class))
                .contains("since", "page", "size");
    }

    @Test
    void requestShapesCarryTheirExamplesAndRequiredFields() {
        given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .body("components.schemas", hasKey("CreateSessionRequest"))
                .body("components.schemas", hasKey("UpdateSessionRequest"))
                .body("components.schemas", hasKey("SlotSearchRequest"))
                .body(
                        "components.schemas.CreateSessionRequest.required",
                        org.hamcrest.Matchers.hasItems(
                                "projectId", "title", "type", "format", "start", "end", "timeZone", "invitees"))
                .body(
                        "components.schemas.CreateVenueRequest.required",
                        org.hamcrest.Matchers.hasItems("name", "format"))
                .body("components.schemas.UpdateSessionRequest", not(hasKey("required")));
    }

    @Test
    void theDocumentNamesTheServiceAndHowToAuthenticate() {
        assertThat(doc.getString("info.title")).isEqualTo("sessions-service");
        assertThat(doc.getString("info.version")).isEqualTo("1.0.0");
        assertThat(doc.getMap("components.securitySchemes")).containsKey("bearer");
        assertThat(doc.getString("components.securitySchemes.bearer.scheme")).isEqualToIgnoringCase("bearer");
    }
}
