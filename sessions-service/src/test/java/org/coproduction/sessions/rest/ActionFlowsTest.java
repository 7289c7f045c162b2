package org.coproduction.sessions.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.platform.testing.Problems;
import org.coproduction.sessions.support.ApiTest;
import org.coproduction.sessions.support.People;
import org.coproduction.sessions.support.Sessions;
import org.coproduction.sessions.support.WireMockServers;
import org.junit.jupiter.api.Test;

/** Issue 13: actions have stable ids, and their owner or a coordinator marks them done on their own. */
@QuarkusTest
@QuarkusTestResource(WireMockServers.class)
class ActionFlowsTest extends ApiTest {
    final UUID aisha = People.person("Aisha").register();
    final UUID ben = People.person("Ben").register();

    String pastSession() {
        return asCoordinator()
                .body(Sessions.body(
                        createProject(aisha, ben),
                        null,
                        "ONLINE",
                        "2026-02-02T18:00:00Z",
                        "2026-02-02T19:30:00Z",
                        aisha,
                        ben))
                .post("/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Records a summary with these actions; answers the actions' ids in order. */
    List<String> record(String session, List<Map<String, Object>> actions) {
        return asCoordinator()
                .body(Map.of("summary", "We met.", "actions", actions))
                .put("/sessions/" + session + "/summary")
                .then()
                .statusCode(200)
                .extract()
                .path("actions.id");
    }

    @Test
    void theOwnerMarksTheirActionDoneAndAgainChangesNothing() {
        String session = pastSession();
        String action = record(session, List.of(Map.of("description", "Book the room", "ownerId", ben.toString())))
                .get(0);
        String etag =
                asCoordinator().get("/sessions/" + session).then().extract().header("ETag");

        String doneAt = asParticipant(ben)
                .body(Map.of("done", true))
                .patch("/sessions/" + session + "/actions/" + action)
                .then()
                .statusCode(200)
                .body("id", equalTo(action))
                .body("description", equalTo("Book the room"))
                .body("ownerId", equalTo(ben.toString()))
                .body("done", equalTo(true))
                .body("doneAt", notNullValue())
                .extract()
                .path("doneAt");
        // Idempotent: the same request again keeps the first time it was done.
        asParticipant(ben)
                .body(Map.of("done", true))
                .patch("/sessions/" + session + "/actions/" + action)
                .then()
                .statusCode(200)
                .body("doneAt", equalTo(doneAt));
        asCoordinator()
                .get("/sessions/" + session + "/summary")
                .then()
                .body("actions[0].done", equalTo(true))
                .body("actions[0].doneAt", equalTo(doneAt));
        // Ticking off an action is not a change to the session: its ETag (and calendar SEQUENCE) stay.
        asCoordinator().get("/sessions/" + session).then().header("ETag", equalTo(etag));

        asCoordinator()
                .body(Map.of("done", false))
                .patch("/sessions/" + session + "/actions/" + action)
                .then()
                .statusCode(200)
                .body("done", equalTo(false))
                .body("doneAt", nullValue());
    }

    @Test
    void onlyTheOwnerOrACoordinatorMayMarkIt() {
        String session = pastSession();
        String action = record(session, List.of(Map.of("description", "Book the room", "ownerId", ben.toString())))
                .get(0);

        Problems.assertProblem(
                asParticipant(aisha).body(Map.of("done", true)).patch("/sessions/" + session + "/actions/" + action),
                403,
                "forbidden");
        Problems.assertProblem(
                asService().body(Map.of("done", true)).patch("/sessions/" + session + "/actions/" + action),
                403,
                "forbidden");
        Problems.assertProblem(
                asCoordinator()
                        .body(Map.of("done", true))
                        .patch("/sessions/" + session + "/actions/" + UUID.randomUUID()),
                404,
                "not-found");
        Problems.assertProblem(
                asCoordinator()
                        .body(Map.of("done", true))
                        .patch("/sessions/" + UUID.randomUUID() + "/actions/" + action),
                404,
                "not-found");
        Problems.assertInvalidFields(
                asCoordinator().body(Map.of()).patch("/sessions/" + session + "/actions/" + action), "done");
        asCoordinator()
                .body(Map.of("done", true))
                .patch("/sessions/" + session + "/actions/" + action)
                .then()
                .statusCode(200)
                .body("done", equalTo(true));
    }

    @Test
    void aReRecordedSummaryKeepsTheActionsItNamesAndTheirDoneState() {
        String session = pastSession();
        List<String> first = record(
                session,
                List.of(
                        Map.of("description", "Book the room", "ownerId", ben.toString()),
                        Map.of("description", "Send the notes", "ownerId", aisha.toString())));
        asParticipant(ben)
                .body(Map.of("done", true))
                .patch("/sessions/" + session + "/actions/" + first.get(0))
                .then()
                .statusCode(200);

        // The notes action moves first and is reworded; the room one keeps its state; a new one is added.
        List<String> second = record(
                session,
                List.of(
                        Map.of(
                                "id",
                                first.get(1),
                                "description",
                                "Send the notes by Friday",
                                "ownerId",
                                aisha.toString()),
                        Map.of("id", first.get(0), "description", "Book the room", "ownerId", ben.toString()),
                        Map.of("description", "Ask about parking", "ownerId", ben.toString())));

        org.assertj.core.api.Assertions.assertThat(second.subList(0, 2)).containsExactly(first.get(1), first.get(0));
        org.assertj.core.api.Assertions.assertThat(second.get(2)).isNotIn(first);
        asCoordinator()
                .get("/sessions/" + session + "/summary")
                .then()
                .body("actions", hasSize(3))
                .body("actions[0].description", equalTo("Send the notes by Friday"))
                .body("actions[0].done", equalTo(false))
                .body("actions[1].done", equalTo(true))
                .body("actions[1].doneAt", notNullValue())
                .body("actions[2].done", equalTo(false));
    }

    @Test
    void aSummaryMayNameOnlyActionsOfThatSessionAndEachOnce() {
        String session = pastSession();
        String other = pastSession();
        String foreign = record(other, List.of(Map.of("description", "Elsewhere", "ownerId", ben.toString())))
                .get(0);
        String own = record(session, List.of(Map.of("description", "Here", "ownerId", ben.toString())))
                .get(0);

        Problems.assertInvalidFields(
                asCoordinator()
                        .body(Map.of(
                                "summary",
                                "We met.",
                                "actions",
                                List.of(
                                        Map.of("id", foreign, "description", "Elsewhere", "ownerId", ben.toString()),
                                        Map.of("id", own, "description", "Here", "ownerId", ben.toString()),
                                        Map.of("id", own, "description", "Here again", "ownerId", ben.toString()))))
                        .put("/sessions/" + session + "/summary"),
                "actions[0].id",
                "actions[2].id");
    }

    @Test
    void anActionDoneSinceTheLastDigestIsListedOnceForItsOwnerAndTheInvitees() {
        Instant since = Instant.now().minusSeconds(60);
        String session = pastSession();
        String action = record(session, List.of(Map.of("description", "Book the room", "ownerId", ben.toString())))
                .get(0);
        asService()
                .body(Map.of("participantIds", List.of(aisha, ben), "since", since.toString()))
                .post("/agendas")
                .then()
                .statusCode(200)
                .body("items[1].openActions[0].actionId", equalTo(action))
                .body("items[1].openActions[0].ownerId", equalTo(ben.toString()))
                .body("items[1].completedActions", hasSize(0))
                .body("items[0].summaries[0].actions[0].id", equalTo(action))
                .body("items[0].summaries[0].actions[0].done", equalTo(false));

        asParticipant(ben)
                .body(Map.of("done", true))
                .patch("/sessions/" + session + "/actions/" + action)
                .then()
                .statusCode(200);

        asService()
                .body(Map.of("participantIds", List.of(aisha, ben), "since", since.toString()))
                .post("/agendas")
                .then()
                .statusCode(200)
                .body("items[1].openActions", hasSize(0))
                .body("items[1].completedActions", hasSize(1))
                .body("items[1].completedActions[0].actionId", equalTo(action))
                .body("items[1].completedActions[0].sessionId", equalTo(session))
                .body("items[1].completedActions[0].sessionTitle", equalTo("Planning the spring workshops"))
                .body("items[1].completedActions[0].description", equalTo("Book the room"))
                .body("items[1].completedActions[0].ownerId", equalTo(ben.toString()))
                .body("items[1].completedActions[0].doneAt", notNullValue())
                .body("items[0].completedActions", hasSize(1))
                .body("items[0].summaries[0].actions[0].done", equalTo(true));
        // Once reported, a later digest (since after it was done) no longer lists it.
        asService()
                .body(Map.of(
                        "participantIds",
                        List.of(ben),
                        "since",
                        Instant.now().plusSeconds(1).toString()))
                .post("/agendas")
                .then()
                .body("items[0].completedActions", hasSize(0))
                .body("items[0].openActions", hasSize(0));
    }
}
