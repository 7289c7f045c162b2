package org.coproduction.sessions.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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

/**
 * Invitees answer their invitations: COMING or NOT_COMING with an optional reason. The coordinator sees everyone's
 * answers, a participant only theirs and how many are coming; someone not coming costs nothing and is ABSENT, not
 * DOUBLE_BOOKED, in later slot searches.
 */
@QuarkusTest
@QuarkusTestResource(WireMockServers.class)
class InvitationAnswerFlowsTest extends ApiTest {
    static final String START = "2030-03-04T18:00:00Z";
    static final String END = "2030-03-04T19:30:00Z";

    final UUID aisha = People.person("Aisha")
            .freeEveryDay("08:00", "22:00")
            .payment("WANTS_PAYMENT")
            .claims(true, false, false, false)
            .register();
    final UUID ben = People.person("Ben")
            .freeEveryDay("08:00", "22:00")
            .payment("WANTS_PAYMENT")
            .register();
    final UUID cara = People.person("Cara").freeEveryDay("08:00", "22:00").register();

    String session(String start, String end, UUID... invitees) {
        return asCoordinator()
                .body(Sessions.body(createProject(invitees), null, "ONLINE", start, end, invitees))
                .post("/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static String answerOf(UUID person) {
        return "answers.find { it.participantId == '" + person + "' }";
    }

    static Map<String, Object> answer(String answer, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("answer", answer);
        if (reason != null) {
            body.put("reason", reason);
        }
        return body;
    }

    @Test
    void aParticipantAnswersAndTheCoordinatorSeesEveryonesAnswers() {
        String id = session(START, END, aisha, ben, cara);
        String etag = asCoordinator().get("/sessions/" + id).header("ETag");

        asParticipant(aisha)
                .body(answer("NOT_COMING", "  I have a hospital appointment that day.  "))
                .put("/sessions/" + id + "/answers/" + aisha)
                .then()
                .statusCode(200)
                .body("sessionId", equalTo(id))
                .body("answers", hasSize(1))
                .body("answers[0].participantId", equalTo(aisha.toString()))
                .body("answers[0].answer", equalTo("NOT_COMING"))
                .body("answers[0].reason", equalTo("I have a hospital appointment that day."))
                .body("answers[0].answeredAt", org.hamcrest.Matchers.notNullValue())
                .body("comingCount", equalTo(0));
        asParticipant(ben)
                .body(answer("COMING", null))
                .put("/sessions/" + id + "/answers/" + ben)
                .then()
                .statusCode(200)
                .body("answers", hasSize(1))
                .body("answers[0].answer", equalTo("COMING"))
                .body("answers[0].reason", nullValue())
                .body("comingCount", equalTo(1));

        // The coordinator: every invitee (in the order of invitees), PENDING until answered. Answers leave the ETag
        // alone.
        var coordinatorView = asCoordinator()
                .get("/sessions/" + id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo(etag))
                .body("answers", hasSize(3))
                .body(answerOf(aisha) + ".answer", equalTo("NOT_COMING"))
                .body(answerOf(aisha) + ".reason", equalTo("I have a hospital appointment that day."))
                .body(answerOf(ben) + ".answer", equalTo("COMING"))
                .body(answerOf(cara) + ".answer", equalTo("PENDING"))
                .body(answerOf(cara) + ".answeredAt", nullValue())
                .body("comingCount", equalTo(1))
                .extract();
        org.assertj.core.api.Assertions.assertThat(coordinatorView.<List<String>>path("answers.participantId"))
                .isEqualTo(coordinatorView.<List<String>>path("invitees"));
        // A participant: only their own answer, and how many are coming; in the list too.
        asParticipant(aisha)
                .get("/sessions/" + id)
                .then()
                .statusCode(200)
                .body("answers", hasSize(1))
                .body("answers[0].participantId", equalTo(aisha.toString()))
                .body("comingCount", equalTo(1));
        asParticipant(cara)
                .get("/sessions")
                .then()
                .statusCode(200)
                .body("items[0].answers", hasSize(1))
                .body("items[0].answers[0].answer", equalTo("PENDING"))
                .body("items[0].comingCount", equalTo(1));

        // A coordinator may answer for an invitee, and a later answer replaces the earlier one.
        asCoordinator()
                .body(answer("COMING", "Found a way after all."))
                .put("/sessions/" + id + "/answers/" + aisha)
                .then()
                .statusCode(200)
                .body("answers", hasSize(3))
                .body(answerOf(aisha) + ".answer", equalTo("COMING"))
                .body(answerOf(aisha) + ".reason", equalTo("Found a way after all."))
                .body("comingCount", equalTo(2));
        // A blank reason is no reason.
        asParticipant(ben)
                .body(answer("NOT_COMING", "   "))
                .put("/sessions/" + id + "/answers/" + ben)
                .then()
                .statusCode(200)
                .body("answers[0].reason", nullValue())
                .body("comingCount", equalTo(1));
    }

    @Test
    void someoneNotComingCostsNothingAndIsAbsentRatherThanDoubleBooked() {
        String id = session(START, END, aisha, ben);
        asCoordinator()
                .get("/sessions/" + id + "/costs")
                .then()
                .statusCode(200)
                .body("lines.participantId.unique()", hasSize(2));

        asParticipant(aisha)
                .body(answer("NOT_COMING", null))
                .put("/sessions/" + id + "/answers/" + aisha)
                .then()
                .statusCode(200);

        asCoordinator()
                .get("/sessions/" + id + "/costs")
                .then()
                .statusCode(200)
                .body("lines.participantId.unique()", equalTo(List.of(ben.toString())))
                .body("lines.item", equalTo(List.of("TIME")));

        Map<String, Object> search = new HashMap<>();
        search.put("participantIds", List.of(aisha, ben));
        search.put("from", START);
        search.put("to", END);
        search.put("durationMinutes", 90);
        asCoordinator()
                .body(search)
                .post("/slot-search")
                .then()
                .statusCode(200)
                .body("slots", hasSize(0))
                .body("people.find { it.participantId == '" + aisha + "' }.reasons.ABSENT", equalTo(1))
                .body("people.find { it.participantId == '" + aisha + "' }.reasons.DOUBLE_BOOKED", nullValue())
                .body("people.find { it.participantId == '" + ben + "' }.reasons.DOUBLE_BOOKED", equalTo(1));

        // Everyone not coming: nothing is estimated at all.
        asParticipant(ben)
                .body(answer("NOT_COMING", null))
                .put("/sessions/" + id + "/answers/" + ben)
                .then()
                .statusCode(200);
        asCoordinator().get("/sessions/" + id + "/costs").then().statusCode(200).body("lines", hasSize(0));
    }

    @Test
    void anInviteeTakenOffTheListLosesTheirAnswer() {
        String id = session(START, END, aisha, ben);
        asParticipant(ben)
                .body(answer("NOT_COMING", "Away."))
                .put("/sessions/" + id + "/answers/" + ben)
                .then()
                .statusCode(200);
        asCoordinator()
                .body(Map.of("invitees", List.of(aisha)))
                .patch("/sessions/" + id)
                .then()
                .statusCode(200)
                .body("answers.participantId", equalTo(List.of(aisha.toString())));
        asCoordinator()
                .body(Map.of("invitees", List.of(aisha, ben)))
                .patch("/sessions/" + id)
                .then()
                .statusCode(200);
        asCoordinator()
                .get("/sessions/" + id)
                .then()
                .statusCode(200)
                .body("answers.answer", equalTo(List.of("PENDING", "PENDING")));
        asService()
                .get("/exports/" + ben)
                .then()
                .statusCode(200)
                .body("invitations[0].answer", equalTo("PENDING"))
                .body("invitations[0].reason", nullValue());
    }

    @Test
    void onlyTheInviteeOrACoordinatorAnswersForThem() {
        String id = session(START, END, aisha, ben);
        String path = "/sessions/" + id + "/answers/";
        Problems.assertProblem(asParticipant(aisha).body(answer("COMING", null)).put(path + ben), 403, "forbidden");
        Problems.assertProblem(asService().body(answer("COMING", null)).put(path + ben), 403, "forbidden");
        // Not invited: the session is not theirs (404, as for any session not theirs).
        Problems.assertProblem(asParticipant(cara).body(answer("COMING", null)).put(path + cara), 404, "not-found");
        Problems.assertProblem(asCoordinator().body(answer("COMING", null)).put(path + cara), 404, "not-found");
        Problems.assertProblem(
                asCoordinator().body(answer("COMING", null)).put("/sessions/" + UUID.randomUUID() + "/answers/" + ben),
                404,
                "not-found");
        asCoordinator().get("/sessions/" + id).then().body("answers.answer", equalTo(List.of("PENDING", "PENDING")));
    }

    @Test
    void anAnswerIsCOMINGOrNOT_COMINGWithAShortOneLineReason() {
        String path = "/sessions/" + session(START, END, aisha) + "/answers/" + aisha;
        Problems.assertInvalidFields(asParticipant(aisha).body(Map.of()).put(path), "answer");
        Problems.assertProblem(
                asParticipant(aisha).body(answer("PENDING", null)).put(path), 400, "malformed-request");
        Problems.assertProblem(asParticipant(aisha).body(answer("MAYBE", null)).put(path), 400, "malformed-request");
        Problems.assertInvalidFields(
                asParticipant(aisha).body(answer("NOT_COMING", "x".repeat(501))).put(path), "reason");
        Problems.assertProblem(
                asParticipant(aisha).body(answer("NOT_COMING", "one\nline")).put(path), 400, "validation");
        Problems.assertProblem(asParticipant(aisha).put(path), 400, "malformed-request");
        asParticipant(aisha)
                .body(answer("NOT_COMING", "x".repeat(500)))
                .put(path)
                .then()
                .statusCode(200);
    }

    @Test
    void aCancelledOrStartedSessionCanNoLongerBeAnswered() {
        String cancelled = session(START, END, aisha);
        asCoordinator()
                .body(Map.of("reason", "The room flooded."))
                .post("/sessions/" + cancelled + "/cancel")
                .then()
                .statusCode(200);
        Problems.assertProblem(
                        asParticipant(aisha)
                                .body(answer("COMING", null))
                                .put("/sessions/" + cancelled + "/answers/" + aisha),
                        409,
                        "conflict")
                .body("detail", equalTo("The session is cancelled and cannot be answered."));

        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String started = session(
                now.minus(10, ChronoUnit.MINUTES).toString(),
                now.plus(1, ChronoUnit.HOURS).toString(),
                aisha);
        Problems.assertProblem(
                        asParticipant(aisha)
                                .body(answer("COMING", null))
                                .put("/sessions/" + started + "/answers/" + aisha),
                        409,
                        "conflict")
                .body("detail", equalTo("The session has already started and can no longer be answered."));
        String past = session("2026-01-05T18:00:00Z", "2026-01-05T19:00:00Z", aisha);
        Problems.assertProblem(
                asCoordinator().body(answer("NOT_COMING", null)).put("/sessions/" + past + "/answers/" + aisha),
                409,
                "conflict");
    }
}
