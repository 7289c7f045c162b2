package org.coproduction.sessions.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.platform.testing.Problems;
import org.coproduction.sessions.support.ApiTest;
import org.coproduction.sessions.support.People;
import org.coproduction.sessions.support.Sessions;
import org.coproduction.sessions.support.WireMockServers;
import org.junit.jupiter.api.Test;

/** Issue 14: upcoming training suggested by interest and by group or one-to-one preference, also in the agenda. */
@QuarkusTest
@QuarkusTestResource(WireMockServers.class)
class TrainingSuggestionFlowsTest extends ApiTest {
    final UUID trainer = People.person("Tom").register();
    final UUID fay =
            People.person("Fay").support("ONE_TO_ONE", null, "FACILITATION").register();
    final UUID gus = People.person("Gus")
            .support("GROUP", null, "FACILITATION", "KNITTING")
            .register();

    String training(String project, String style, String start, String end, List<String> topics, UUID... invitees) {
        Map<String, Object> body = new HashMap<>(Sessions.body(project, null, "ONLINE", start, end, invitees));
        body.put("type", "TRAINING");
        body.put("title", style + " " + topics);
        body.put("style", style);
        body.put("trainingTopics", topics);
        return asCoordinator()
                .body(body)
                .post("/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void aOneToOneLearnerInterestedInFacilitationGetsTheOneToOneSessionNotTheGroupOne() {
        String project = createProject(trainer, fay, gus);
        List<String> facilitation = List.of("FACILITATION");
        String group =
                training(project, "GROUP", "2027-01-04T10:00:00Z", "2027-01-04T11:00:00Z", facilitation, trainer);
        String oneToOne = training(
                project,
                "ONE_TO_ONE",
                "2027-01-05T10:00:00Z",
                "2027-01-05T11:00:00Z",
                List.of("CHAIRING_MEETINGS", "FACILITATION"),
                trainer);
        String otherTopic = training(
                project, "ONE_TO_ONE", "2027-01-06T10:00:00Z", "2027-01-06T11:00:00Z", List.of("GOVERNANCE"), trainer);
        String taken = training(
                project, "ONE_TO_ONE", "2027-01-07T10:00:00Z", "2027-01-07T11:00:00Z", facilitation, trainer, gus);
        asParticipant(gus)
                .body(Map.of("answer", "COMING"))
                .put("/sessions/" + taken + "/answers/" + gus)
                .then()
                .statusCode(200);
        String past =
                training(project, "ONE_TO_ONE", "2026-01-05T10:00:00Z", "2026-01-05T11:00:00Z", facilitation, trainer);

        asParticipant(fay)
                .queryParam("participantId", fay.toString())
                .get("/training/suggestions")
                .then()
                .statusCode(200)
                .body("items[0].sessionId", equalTo(oneToOne))
                .body("items[0].projectId", equalTo(project))
                .body("items[0].projectName", equalTo("Crisis line redesign"))
                .body("items[0].style", equalTo("ONE_TO_ONE"))
                .body("items[0].format", equalTo("ONLINE"))
                .body("items[0].timeZone", equalTo("Europe/London"))
                .body("items[0].start", equalTo("2027-01-05T10:00:00Z"))
                .body("items[0].end", equalTo("2027-01-05T11:00:00Z"))
                .body("items[0].trainingTopics", equalTo(List.of("FACILITATION", "CHAIRING_MEETINGS")))
                .body("items[0].matchingTopics", equalTo(List.of("FACILITATION")))
                .body("items.sessionId", not(hasItem(group)))
                .body("items.sessionId", not(hasItem(otherTopic)))
                .body("items.sessionId", not(hasItem(taken)))
                .body("items.sessionId", not(hasItem(past)));
        // Gus prefers a group: the group one, soonest; he is coming to the one-to-one he took, so it is his too.
        asCoordinator()
                .queryParam("participantId", gus.toString())
                .queryParam("size", "1")
                .get("/training/suggestions")
                .then()
                .statusCode(200)
                .body("items.sessionId", equalTo(List.of(group)))
                .body("size", equalTo(1));

        // In the agenda: the first suitable one they are not invited to, asking participants-service once.
        WireMockServers.participants().resetRequests();
        asService()
                .body(Map.of("participantIds", List.of(fay, gus, trainer), "since", "2026-01-01T00:00:00Z"))
                .post("/agendas")
                .then()
                .statusCode(200)
                .body("items[0].trainingSuggestion.sessionId", equalTo(oneToOne))
                .body("items[0].trainingSuggestion.matchingTopics", equalTo(List.of("FACILITATION")))
                .body("items[1].trainingSuggestion.sessionId", equalTo(group))
                .body("items[2].trainingSuggestion", nullValue());
        WireMockServers.participants().verify(1, postRequestedFor(urlEqualTo("/participants/lookup")));

        // Fay says she cannot come to the one-to-one: it is no longer suggested.
        asCoordinator()
                .contentType("application/merge-patch+json")
                .body(Map.of("invitees", List.of(trainer.toString(), fay.toString())))
                .patch("/sessions/" + oneToOne)
                .then()
                .statusCode(200);
        asParticipant(fay)
                .body(Map.of("answer", "NOT_COMING"))
                .put("/sessions/" + oneToOne + "/answers/" + fay)
                .then()
                .statusCode(200);
        asParticipant(fay)
                .queryParam("participantId", fay.toString())
                .get("/training/suggestions")
                .then()
                .statusCode(200)
                .body("items.sessionId", not(hasItem(oneToOne)));
    }

    @Test
    void theAgendaGoesOnWithoutSuggestionsWhenParticipantsServiceIsDown() {
        String project = createProject(trainer, fay);
        training(
                project,
                "ONE_TO_ONE",
                "2027-01-08T10:00:00Z",
                "2027-01-08T11:00:00Z",
                List.of("FACILITATION"),
                trainer);
        WireMockServers.participants()
                .stubFor(post(urlEqualTo("/participants/lookup"))
                        .willReturn(aResponse().withStatus(503)));
        asService()
                .body(Map.of("participantIds", List.of(fay), "since", "2026-01-01T00:00:00Z"))
                .post("/agendas")
                .then()
                .statusCode(200)
                .body("items[0].participantId", equalTo(fay.toString()))
                .body("items[0].trainingSuggestion", nullValue());
        Problems.assertProblem(
                asCoordinator().queryParam("participantId", fay.toString()).get("/training/suggestions"),
                503,
                "dependency-unavailable");
    }

    @Test
    void whoMayAskAndWhatMustBeSaid() {
        Problems.assertProblem(
                asParticipant(gus).queryParam("participantId", fay.toString()).get("/training/suggestions"),
                403,
                "forbidden");
        Problems.assertInvalidFields(asCoordinator().get("/training/suggestions"), "participantId");
        Problems.assertInvalidFields(
                asCoordinator().queryParam("participantId", "nobody").get("/training/suggestions"), "participantId");
        Problems.assertInvalidFields(
                asCoordinator()
                        .queryParam("participantId", fay.toString())
                        .queryParam("size", "201")
                        .get("/training/suggestions"),
                "size");
        Problems.assertProblem(
                asCoordinator()
                        .queryParam("participantId", UUID.randomUUID().toString())
                        .get("/training/suggestions"),
                404,
                "not-found");
        asService()
                .queryParam("participantId", fay.toString())
                .get("/training/suggestions")
                .then()
                .statusCode(200);
    }
}
