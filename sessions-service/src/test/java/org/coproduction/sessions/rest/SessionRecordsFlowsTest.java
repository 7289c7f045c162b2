package org.coproduction.sessions.rest;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.platform.testing.Problems;
import org.coproduction.sessions.support.ApiTest;
import org.coproduction.sessions.support.People;
import org.coproduction.sessions.support.Sessions;
import org.coproduction.sessions.support.WireMockServers;
import org.junit.jupiter.api.Test;

/** After a session: its summary, decisions and actions, who came, and what each person contributed. */
@QuarkusTest
@QuarkusTestResource(WireMockServers.class)
class SessionRecordsFlowsTest extends ApiTest {
    final UUID aisha = People.person("Aisha").register();
    final UUID ben = People.person("Ben").register();

    String pastSession(String project, String start, String end, UUID... invitees) {
        return asCoordinator()
                .body(Sessions.body(project, null, "ONLINE", start, end, invitees))
                .post("/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    String pastSession(UUID... invitees) {
        return pastSession(createProject(invitees), "2026-02-02T18:00:00Z", "2026-02-02T19:30:00Z", invitees);
    }

    void attended(String session, UUID... people) {
        asCoordinator()
                .body(Map.of("attended", List.of(people)))
                .put("/sessions/" + session + "/attendance")
                .then()
                .statusCode(200);
    }

    @Test
    void aNewSummaryReplacesTheOldOneWholly() {
        String id = pastSession(aisha, ben);
        asCoordinator()
                .body(Map.of(
                        "summary",
                        "First go.",
                        "decisions",
                        List.of("A", "B"),
                        "actions",
                        List.of(Map.of("description", "Book", "ownerId", aisha.toString()))))
                .put("/sessions/" + id + "/summary")
                .then()
                .statusCode(200)
                .body("decisions", hasSize(2));

        asCoordinator()
                .body(Map.of(
                        "summary",
                        "  We met.\nWe agreed.  ",
                        "decisions",
                        List.of("  Mondays  "),
                        "actions",
                        List.of(Map.of(
                                "description",
                                "  Send the notes  ",
                                "ownerId",
                                ben.toString(),
                                "due",
                                "2026-02-09",
                                "done",
                                true))))
                .put("/sessions/" + id + "/summary")
                .then()
                .statusCode(200)
                .body("sessionId", equalTo(id))
                .body("summary", equalTo("We met.\nWe agreed."))
                .body("decisions", equalTo(List.of("Mondays")))
                .body("actions", hasSize(1))
                .body("actions[0].description", equalTo("Send the notes"))
                .body("actions[0].ownerId", equalTo(ben.toString()))
                .body("actions[0].due", equalTo("2026-02-09"))
                .body("actions[0].done", equalTo(true))
                .body("recordedAt", notNullValue());

        asParticipant(ben)
                .get("/sessions/" + id + "/summary")
                .then()
                .statusCode(200)
                .body("summary", equalTo("We met.\nWe agreed."))
                .body("actions[0].due", equalTo("2026-02-09"));
    }

    @Test
    void aSummaryMayHaveNoDecisionsOrActions() {
        String id = pastSession(aisha);
        asCoordinator()
                .body(Map.of("summary", "Only talk."))
                .put("/sessions/" + id + "/summary")
                .then()
                .statusCode(200)
                .body("decisions", empty())
                .body("actions", empty());
    }

    @Test
    void aProjectMemberWhoWasNotInvitedMayOwnAnAction() {
        String project = createProject(aisha, ben);
        String id = pastSession(project, "2026-02-02T18:00:00Z", "2026-02-02T19:30:00Z", aisha);
        asCoordinator()
                .body(Map.of(
                        "summary",
                        "Done.",
                        "actions",
                        List.of(Map.of("description", "Follow up", "ownerId", ben.toString()))))
                .put("/sessions/" + id + "/summary")
                .then()
                .statusCode(200)
                .body("actions[0].ownerId", equalTo(ben.toString()));
    }

    @Test
    void everyActionWithAStrangerAsOwnerIsNamedAndNothingIsStored() {
        String id = pastSession(aisha);
        UUID stranger = UUID.randomUUID();
        Problems.assertInvalidFields(
                asCoordinator()
                        .body(Map.of(
                                "summary",
                                "Done.",
                                "actions",
                                List.of(
                                        Map.of("description", "One", "ownerId", stranger.toString()),
                                        Map.of("description", "Two", "ownerId", aisha.toString()),
                                        Map.of("description", "Three", "ownerId", stranger.toString()))))
                        .put("/sessions/" + id + "/summary"),
                "actions[0].ownerId",
                "actions[2].ownerId");
        asCoordinator()
                .get("/sessions/" + id + "/summary")
                .then()
                .statusCode(200)
                .body("summary", equalTo(null))
                .body("actions", empty());
    }

    @Test
    void aSummaryNeedsTextAndEachDecisionToo() {
        String id = pastSession(aisha);
        Problems.assertInvalidFields(
                asCoordinator().body(Map.of("summary", " ")).put("/sessions/" + id + "/summary"), "summary");
        Problems.assertInvalidFields(
                asCoordinator()
                        .body(Map.of("summary", "ok", "decisions", List.of("fine", " ")))
                        .put("/sessions/" + id + "/summary"),
                "decisions[1]");
        Problems.assertInvalidFields(
                asCoordinator()
                        .body(Map.of("summary", "ok", "actions", List.of(Map.of("description", "no owner"))))
                        .put("/sessions/" + id + "/summary"),
                "actions[0].ownerId");
    }

    @Test
    void nothingIsRecordedForACancelledSession() {
        String id = pastSession(aisha);
        asCoordinator()
                .body(Map.of("reason", "Nobody could come."))
                .post("/sessions/" + id + "/cancel")
                .then()
                .statusCode(200);

        Problems.assertProblem(
                        asCoordinator().body(Map.of("summary", "x")).put("/sessions/" + id + "/summary"),
                        409,
                        "conflict")
                .body("detail", equalTo("The session was cancelled; there is nothing to record."));
        Problems.assertProblem(
                asCoordinator().body(Map.of("attended", List.of(aisha))).put("/sessions/" + id + "/attendance"),
                409,
                "conflict");
    }

    @Test
    void attendanceBeforeTheSessionStartsIs409() {
        String project = createProject(aisha);
        String id = pastSession(project, "2027-03-29T17:00:00Z", "2027-03-29T18:30:00Z", aisha);
        Problems.assertProblem(
                        asCoordinator().body(Map.of("attended", List.of(aisha))).put("/sessions/" + id + "/attendance"),
                        409,
                        "conflict")
                .body("detail", equalTo("The session has not started yet."));
    }

    @Test
    void attendanceIsReplacedAndCompletesTheSessionWhichThenCannotMove() {
        String id = pastSession(aisha, ben);
        attended(id, aisha, ben);
        asCoordinator()
                .body(Map.of("attended", List.of(ben)))
                .put("/sessions/" + id + "/attendance")
                .then()
                .statusCode(200)
                .body("sessionId", equalTo(id))
                .body("attended", equalTo(List.of(ben.toString())))
                .body("recordedAt", notNullValue());

        asCoordinator().get("/sessions/" + id).then().body("status", equalTo("COMPLETED"));
        Problems.assertProblem(asCoordinator().body(Map.of("title", "Moved")).patch("/sessions/" + id), 409, "conflict")
                .body("detail", equalTo("The session is completed and cannot be changed."));
        // Nobody came is a record too.
        asCoordinator()
                .body(Map.of("attended", List.of()))
                .put("/sessions/" + id + "/attendance")
                .then()
                .statusCode(200)
                .body("attended", empty());
    }

    @Test
    void everyoneWhoWasNotInvitedIsNamed() {
        String id = pastSession(aisha);
        UUID x = UUID.randomUUID();
        Problems.assertInvalidFields(
                asCoordinator().body(Map.of("attended", List.of(x, aisha, ben))).put("/sessions/" + id + "/attendance"),
                "attended[0]",
                "attended[2]");
        Problems.assertInvalidFields(asCoordinator().body(Map.of()).put("/sessions/" + id + "/attendance"), "attended");
    }

    @Test
    void contributionsAddUpSessionsAndHoursPerPersonInTheRange() {
        // July 2025 is used by no other test: the whole range belongs to this one.
        String project = createProject(aisha, ben);
        String first = pastSession(project, "2025-07-07T18:00:00Z", "2025-07-07T19:30:00Z", aisha, ben);
        String second = pastSession(project, "2025-07-14T18:00:00Z", "2025-07-14T19:00:00Z", aisha, ben);
        String outside = pastSession(project, "2025-08-04T18:00:00Z", "2025-08-04T20:00:00Z", aisha);
        attended(first, aisha, ben);
        attended(second, aisha);
        attended(outside, aisha);

        asCoordinator()
                .queryParam("from", "2025-07-01T00:00:00Z")
                .queryParam("to", "2025-08-01T00:00:00Z")
                .get("/contributions")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items", hasSize(2))
                .body("items.find { it.participantId == '" + aisha + "' }.sessionsAttended", equalTo(2))
                .body("items.find { it.participantId == '" + aisha + "' }.hours", equalTo(2.5f))
                .body("items.find { it.participantId == '" + ben + "' }.sessionsAttended", equalTo(1))
                .body("items.find { it.participantId == '" + ben + "' }.hours", equalTo(1.5f));

        asCoordinator()
                .queryParam("from", "2025-07-01T00:00:00Z")
                .queryParam("to", "2025-08-01T00:00:00Z")
                .queryParam("size", 1)
                .get("/contributions")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("total", equalTo(2))
                .body("size", equalTo(1));
        // The end of the range is exclusive: a session starting exactly then is not counted.
        asCoordinator()
                .queryParam("from", "2025-07-01T00:00:00Z")
                .queryParam("to", "2025-07-14T18:00:00Z")
                .queryParam("participantId", aisha)
                .get("/contributions")
                .then()
                .statusCode(200)
                .body("items[0].sessionsAttended", equalTo(1))
                .body("items[0].hours", equalTo(1.5f));
    }

    @Test
    void aParticipantSeesOnlyTheirOwnContributions() {
        String project = createProject(aisha, ben);
        String s = pastSession(project, "2025-09-01T18:00:00Z", "2025-09-01T18:45:00Z", aisha, ben);
        attended(s, aisha, ben);

        asParticipant(ben)
                .queryParam("from", "2025-09-01T00:00:00Z")
                .queryParam("to", "2025-10-01T00:00:00Z")
                .get("/contributions")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].participantId", equalTo(ben.toString()))
                .body("items[0].hours", equalTo(0.75f));
        asParticipant(ben)
                .queryParam("from", "2025-09-01T00:00:00Z")
                .queryParam("to", "2025-10-01T00:00:00Z")
                .queryParam("participantId", ben)
                .get("/contributions")
                .then()
                .statusCode(200)
                .body("total", equalTo(1));
    }

    @Test
    void contributionsNeedARangeAndAServiceCannotAsk() {
        Problems.assertProblem(asCoordinator().get("/contributions"), 400, "validation");
        Problems.assertProblem(
                asCoordinator().queryParam("from", "2025-07-01T00:00:00Z").get("/contributions"), 400, "validation");
        Problems.assertProblem(
                asCoordinator()
                        .queryParam("from", "yesterday")
                        .queryParam("to", "2025-08-01T00:00:00Z")
                        .get("/contributions"),
                400,
                "validation");
        Problems.assertProblem(
                asService()
                        .queryParam("from", "2025-07-01T00:00:00Z")
                        .queryParam("to", "2025-08-01T00:00:00Z")
                        .get("/contributions"),
                403,
                "forbidden");
        asCoordinator()
                .queryParam("from", "1990-01-01T00:00:00Z")
                .queryParam("to", "1990-02-01T00:00:00Z")
                .get("/contributions")
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("total", equalTo(0));
    }
}
