package org.coproduction.sessions.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.coproduction.platform.security.TombstoneConfig;
import org.coproduction.platform.security.Tombstones;
import org.coproduction.platform.testing.Problems;
import org.coproduction.platform.testing.TestTokens;
import org.coproduction.sessions.domain.OutboxNotice;
import org.coproduction.sessions.domain.engagement.DriftCode;
import org.coproduction.sessions.domain.engagement.EngagementFacts;
import org.coproduction.sessions.service.ErasedParticipants;
import org.coproduction.sessions.service.NoticeOutbox;
import org.coproduction.sessions.support.ApiTest;
import org.coproduction.sessions.support.People;
import org.coproduction.sessions.support.Sessions;
import org.coproduction.sessions.support.WireMockServers;
import org.junit.jupiter.api.Test;

/**
 * A person's data here, exported and erased for participants-service: the export lists every item that names them,
 * and after erasure no table holds their id while projects and sessions go on working for everyone else.
 */
@QuarkusTest
@QuarkusTestResource(WireMockServers.class)
class PersonalDataFlowsTest extends ApiTest {
    final UUID aisha = People.person("Aisha")
            .freeEveryDay("08:00", "22:00")
            .role("COORDINATOR")
            .payment("WANTS_PAYMENT")
            .register();
    final UUID ben = People.person("Ben").freeEveryDay("08:00", "22:00").register();

    @Inject
    DataSource dataSource;

    @Inject
    TombstoneConfig tombstoneConfig;

    @Inject
    ErasedParticipants erased;

    @Inject
    NoticeOutbox outbox;

    /** Everything the story creates, by name. */
    final Map<String, String> ids = new HashMap<>();

    /**
     * Aisha is a member, an invitee (past, future and cancelled sessions), an attendee, an action owner and a notice
     * recipient (alone on one notice, with Ben on another), and answered an invitation; Ben shares all of it. She
     * also coordinates the project and was sent a check-in.
     */
    void aishaTakesPartInEverything() {
        String project = createProject(aisha, ben);
        ids.put("project", project);
        asCoordinator()
                .put("/projects/" + project + "/coordinators/" + aisha)
                .then()
                .statusCode(200);
        checkInSent(aisha, project, "2026-02-10T06:00:00Z");
        UUID carol = People.person("Carol").role("COORDINATOR").register();
        ids.put(
                "summary",
                QuarkusTransaction.requiringNew()
                        .call(() -> outbox.enqueueEngagementSummary(
                                        List.of(carol),
                                        new EngagementFacts(
                                                UUID.fromString(project),
                                                "Crisis line redesign",
                                                List.of(drifting(aisha), drifting(ben))))
                                .id)
                        .toString());
        String past = session(project, "2026-02-02T18:00:00Z", "2026-02-02T19:30:00Z", aisha, ben);
        ids.put("past", past);
        asCoordinator()
                .body(Map.of(
                        "summary",
                        "We met.",
                        "actions",
                        List.of(
                                Map.of(
                                        "description",
                                        "Book the room",
                                        "ownerId",
                                        aisha.toString(),
                                        "due",
                                        "2026-03-01"),
                                Map.of("description", "Send the notes", "ownerId", ben.toString()))))
                .put("/sessions/" + past + "/summary")
                .then()
                .statusCode(200);
        asCoordinator()
                .body(Map.of("attended", List.of(aisha, ben)))
                .put("/sessions/" + past + "/attendance")
                .then()
                .statusCode(200);
        // Her payment for the time she gave, claimed by herself with a receipt (Ben declines payment: no line).
        String payment = asCoordinator()
                .queryParam("sessionId", past)
                .get("/payments")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .extract()
                .path("items[0].id");
        ids.put("payment", payment);
        asParticipant(aisha)
                .body(Map.of("amount", 37.50, "receiptReference", "Receipt 1142"))
                .post("/payments/" + payment + "/claim")
                .then()
                .statusCode(200);
        String future = session(project, "2030-05-06T17:00:00Z", "2030-05-06T18:00:00Z", aisha, ben);
        ids.put("future", future);
        asParticipant(aisha)
                .body(Map.of("answer", "NOT_COMING", "reason", "I am away that week."))
                .put("/sessions/" + future + "/answers/" + aisha)
                .then()
                .statusCode(200);
        asParticipant(ben)
                .body(Map.of("answer", "COMING"))
                .put("/sessions/" + future + "/answers/" + ben)
                .then()
                .statusCode(200);
        String together = session(project, "2030-05-07T17:00:00Z", "2030-05-07T18:00:00Z", aisha, ben);
        ids.put("cancelledTogether", together);
        cancel(together);
        String alone = session(project, "2030-05-08T17:00:00Z", "2030-05-08T18:00:00Z", aisha);
        ids.put("cancelledAlone", alone);
        cancel(alone);
        // She put a proposal and objected to it with a comment (issue 15); Ben agreed.
        String proposal = asParticipant(aisha)
                .body(Map.of(
                        "title",
                        "Meet on Mondays",
                        "text",
                        "Mondays suit most.",
                        "closesAt",
                        java.time.Instant.now().plusSeconds(30 * 86400).toString()))
                .post("/projects/" + project + "/proposals")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        ids.put("proposal", proposal);
        asParticipant(aisha)
                .body(Map.of("answer", "OBJECT", "comment", "Mondays are hard for me."))
                .put("/proposals/" + proposal + "/answers/" + aisha)
                .then()
                .statusCode(200);
        asParticipant(ben)
                .body(Map.of("answer", "AGREE"))
                .put("/proposals/" + proposal + "/answers/" + ben)
                .then()
                .statusCode(200);
        // A proposal both agreed to, so it closed at once: decided, with her comment.
        String decided = asParticipant(ben)
                .body(Map.of(
                        "title",
                        "Meet on Tuesdays",
                        "text",
                        "Tuesdays suit most.",
                        "closesAt",
                        java.time.Instant.now().plusSeconds(30 * 86400).toString()))
                .post("/projects/" + project + "/proposals")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        ids.put("decidedProposal", decided);
        asParticipant(aisha)
                .body(Map.of("answer", "AGREE", "comment", "Tuesdays are fine."))
                .put("/proposals/" + decided + "/answers/" + aisha)
                .then()
                .statusCode(200);
        asParticipant(ben)
                .body(Map.of("answer", "AGREE"))
                .put("/proposals/" + decided + "/answers/" + ben)
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"));
    }

    @Test
    void theExportListsEverythingThatNamesThePerson() {
        aishaTakesPartInEverything();

        var export = asService()
                .get("/exports/" + aisha)
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("memberships", hasSize(1))
                .body("memberships[0].projectId", equalTo(ids.get("project")))
                .body("memberships[0].projectName", equalTo("Crisis line redesign"))
                .body("invitations", hasSize(4))
                .body(
                        "invitations.sessionId",
                        equalTo(List.of(
                                ids.get("past"),
                                ids.get("future"),
                                ids.get("cancelledTogether"),
                                ids.get("cancelledAlone"))))
                .body("invitations.status", equalTo(List.of("COMPLETED", "SCHEDULED", "CANCELLED", "CANCELLED")))
                .body("invitations[0].title", equalTo("Planning the spring workshops"))
                .body("invitations[0].start", equalTo("2026-02-02T18:00:00Z"))
                .body("invitations[0].end", equalTo("2026-02-02T19:30:00Z"))
                .body("invitations.answer", equalTo(List.of("PENDING", "NOT_COMING", "PENDING", "PENDING")))
                .body("invitations[1].reason", equalTo("I am away that week."))
                .body("invitations[1].answeredAt", org.hamcrest.Matchers.notNullValue())
                .body("invitations[0].reason", nullValue())
                .body("attendance", hasSize(1))
                .body("attendance[0].sessionId", equalTo(ids.get("past")))
                .body("attendance[0].title", equalTo("Planning the spring workshops"))
                .body("attendance[0].start", equalTo("2026-02-02T18:00:00Z"))
                .body("actions", hasSize(1))
                .body("actions[0].sessionId", equalTo(ids.get("past")))
                .body("actions[0].description", equalTo("Book the room"))
                .body("actions[0].due", equalTo("2026-03-01"))
                .body("actions[0].done", equalTo(false))
                .body("contributions", hasSize(1))
                .body("contributions[0].participantId", equalTo(aisha.toString()))
                .body("contributions[0].sessionsAttended", equalTo(1))
                .body("contributions[0].hours", equalTo(1.5f))
                .body("coordinatorOf", hasSize(1))
                .body("coordinatorOf[0].projectId", equalTo(ids.get("project")))
                .body("coordinatorOf[0].projectName", equalTo("Crisis line redesign"))
                .body("checkIns", hasSize(1))
                .body("checkIns[0].sentAt", equalTo("2026-02-10T06:00:00Z"))
                .body("checkIns[0].projectId", equalTo(ids.get("project")))
                .body("proposals", hasSize(2))
                .body("proposals[1].proposalId", equalTo(ids.get("decidedProposal")))
                .body("proposals[1].proposedByThem", equalTo(false))
                .body("proposals[1].comment", equalTo("Tuesdays are fine."))
                .body("proposals[0].proposalId", equalTo(ids.get("proposal")))
                .body("proposals[0].projectId", equalTo(ids.get("project")))
                .body("proposals[0].title", equalTo("Meet on Mondays"))
                .body("proposals[0].proposedByThem", equalTo(true))
                .body("proposals[0].answer", equalTo("OBJECT"))
                .body("proposals[0].comment", equalTo("Mondays are hard for me."))
                .body("proposals[0].objectionWithdrawnAt", nullValue())
                .body("payments", hasSize(1))
                .body("payments[0].id", equalTo(ids.get("payment")))
                .body("payments[0].participantId", equalTo(aisha.toString()))
                .body("payments[0].sessionId", equalTo(ids.get("past")))
                .body("payments[0].item", equalTo("TIME"))
                .body("payments[0].status", equalTo("CLAIMED"))
                .body("payments[0].receiptReference", equalTo("Receipt 1142"))
                .body("payments[0].history[1].by", equalTo(aisha.toString()));
        asService()
                .get("/exports/" + ben)
                .then()
                .body("proposals[0].proposedByThem", equalTo(false))
                .body("proposals[0].answer", equalTo("AGREE"))
                .body("proposals[1].proposedByThem", equalTo(true));
        assertThat(export).isNotNull();
    }

    @Test
    void anIdNeverSeenHereHasAnEmptyExport() {
        asService()
                .get("/exports/" + UUID.randomUUID())
                .then()
                .statusCode(200)
                .body("memberships", empty())
                .body("invitations", empty())
                .body("attendance", empty())
                .body("actions", empty())
                .body("contributions", empty())
                .body("coordinatorOf", empty())
                .body("checkIns", empty())
                .body("proposals", empty())
                .body("payments", empty());
    }

    @Test
    void erasureLeavesNoRowNamingThePersonAndEverythingElseWorks() throws SQLException {
        aishaTakesPartInEverything();
        assertThat(tablesNaming(aisha))
                .contains(
                        "session_invitee",
                        "session_answer",
                        "project_coordinator",
                        "engagement_check_in",
                        "proposal",
                        "proposal_answer",
                        "payment_line",
                        "payment_line_history",
                        "payee");
        String payee = asCoordinator().get("/payments/" + ids.get("payment")).path("payee");
        String projectTag =
                asCoordinator().get("/projects/" + ids.get("project")).header("ETag");
        String aishasToken = TestTokens.participant(aisha);
        given().auth()
                .oauth2(aishasToken)
                .get("/sessions/" + ids.get("future"))
                .then()
                .statusCode(200);

        asService()
                .body(Map.of("participantId", aisha))
                .post("/erasures")
                .then()
                .statusCode(204);

        // Her old token is refused from now on (the platform asks ErasedParticipants), whatever the case of its
        // subject; Ben's still works.
        Problems.assertProblem(
                given().auth().oauth2(aishasToken).get("/sessions/" + ids.get("future")), 401, "unauthorized");
        String upperCaseSubject = TestTokens.sign(aisha.toString().toUpperCase(Locale.ROOT), "participant");
        Problems.assertProblem(
                given().auth().oauth2(upperCaseSubject).get("/sessions/" + ids.get("future")), 401, "unauthorized");
        asParticipant(ben).get("/sessions/" + ids.get("future")).then().statusCode(200);

        assertThat(tablesNaming(aisha)).isEmpty();
        // Finance keeps her payment line under her pseudonym, with nothing she wrote and no step naming her.
        asCoordinator()
                .get("/payments/" + ids.get("payment"))
                .then()
                .statusCode(200)
                .body("participantId", nullValue())
                .body("payee", equalTo(payee))
                .body("status", equalTo("CLAIMED"))
                .body("receiptReference", nullValue())
                .body("history.status", equalTo(List.of("ESTIMATED", "CLAIMED")))
                .body("history[1].by", nullValue());
        // The engagement summary that named her still names Ben, for the coordinator.
        String summary = QuarkusTransaction.requiringNew()
                .call(() -> OutboxNotice.<OutboxNotice>findById(UUID.fromString(ids.get("summary"))).engagementFacts);
        assertThat(summary).contains(ben.toString()).doesNotContain(aisha.toString());
        assertThat(tombstones()).contains(Tombstones.of(tombstoneConfig.key(), aisha));
        assertThat(erased.isErased(aisha)).isTrue();
        assertThat(erased.isErased(ben)).isFalse();

        // The proposal is still open and she is no longer a member: her answer goes whole, so her objection, which
        // nobody can now withdraw, no longer stands in the way; Ben's is untouched.
        asParticipant(ben)
                .get("/proposals/" + ids.get("proposal"))
                .then()
                .statusCode(200)
                .body("proposedBy", nullValue())
                .body("answers.participantId", equalTo(List.of(ben.toString())))
                .body("counts.object", equalTo(0))
                .body("counts.objectionsStanding", equalTo(0))
                .body("counts.answered", equalTo(1));
        // On a decided proposal her answer stays as an anonymous count, without its comment.
        asParticipant(ben)
                .get("/proposals/" + ids.get("decidedProposal"))
                .then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("answers.participantId", hasItem("00000000-0000-0000-0000-000000000000"))
                .body("answers.comment", not(hasItem("Tuesdays are fine.")))
                .body("outcome.counts.answered", equalTo(2));
        // Ben's part is untouched, and the project and its sessions go on.
        String project = ids.get("project");
        asCoordinator()
                .get("/projects/" + project)
                .then()
                .statusCode(200)
                .body("memberIds", equalTo(List.of(ben.toString())))
                .body("coordinatorIds", empty())
                // Changed here, so an ETag read before the erasure is stale (a write with it cannot put her back).
                .header("ETag", org.hamcrest.Matchers.not(equalTo(projectTag)));
        asCoordinator()
                .get("/sessions/" + ids.get("future"))
                .then()
                .statusCode(200)
                .body("invitees", equalTo(List.of(ben.toString())))
                .body("answers.participantId", equalTo(List.of(ben.toString())))
                .body("answers[0].answer", equalTo("COMING"))
                .body("comingCount", equalTo(1));
        asCoordinator()
                .get("/sessions/" + ids.get("past") + "/summary")
                .then()
                .statusCode(200)
                .body("actions", hasSize(2))
                .body("actions[0].description", equalTo("Book the room"))
                .body("actions[0].ownerId", nullValue())
                .body("actions[1].ownerId", equalTo(ben.toString()));
        for (UUID person : List.of(aisha, ben)) {
            asCoordinator()
                    .queryParam("from", "2026-02-01T00:00:00Z")
                    .queryParam("to", "2026-02-03T00:00:00Z")
                    .queryParam("participantId", person.toString())
                    .get("/contributions")
                    .then()
                    .statusCode(200)
                    .body("items", hasSize(person.equals(ben) ? 1 : 0));
        }
        asService()
                .get("/exports/" + ben)
                .then()
                .statusCode(200)
                .body("memberships", hasSize(1))
                .body("invitations", hasSize(3))
                .body("invitations[1].answer", equalTo("COMING"))
                .body("actions[0].description", equalTo("Send the notes"));
        asCoordinator()
                .body(Map.of(
                        "participantIds",
                        List.of(ben),
                        "from",
                        "2030-06-03T00:00:00Z",
                        "to",
                        "2030-06-05T00:00:00Z",
                        "durationMinutes",
                        60))
                .post("/slot-search")
                .then()
                .statusCode(200)
                .body("slots.size()", equalTo(10));
        session(project, "2030-06-10T17:00:00Z", "2030-06-10T18:00:00Z", ben);

        // The person's own export is now empty, and asking again changes nothing.
        asService()
                .get("/exports/" + aisha)
                .then()
                .statusCode(200)
                .body("memberships", empty())
                .body("invitations", empty())
                .body("attendance", empty())
                .body("actions", empty())
                .body("contributions", empty())
                .body("coordinatorOf", empty())
                .body("checkIns", empty())
                .body("payments", empty());
        asService()
                .body(Map.of("participantId", aisha))
                .post("/erasures")
                .then()
                .statusCode(204);
        assertThat(tombstones())
                .filteredOn(Tombstones.of(tombstoneConfig.key(), aisha)::equals)
                .hasSize(1);
    }

    @Test
    void anIdNeverSeenHereIsErasedWithA204() {
        UUID stranger = UUID.randomUUID();
        asService()
                .body(Map.of("participantId", stranger))
                .post("/erasures")
                .then()
                .statusCode(204);
        assertThat(erased.isErased(stranger)).isTrue();
    }

    @Test
    void onlyTheSuitesServicesMayEraseOrExport() {
        for (var caller : List.of(asCoordinator(), asParticipant(aisha))) {
            Problems.assertProblem(caller.body(Map.of("participantId", aisha)).post("/erasures"), 403, "forbidden");
        }
        for (var caller : List.of(asCoordinator(), asParticipant(aisha))) {
            Problems.assertProblem(caller.get("/exports/" + aisha), 403, "forbidden");
        }
        Problems.assertProblem(
                given().contentType(ContentType.JSON)
                        .body(Map.of("participantId", aisha))
                        .post("/erasures"),
                401,
                "unauthorized");
        assertThat(erased.isErased(aisha)).isFalse();
    }

    @Test
    void anErasureNamesOneValidId() {
        Problems.assertInvalidFields(asService().body(Map.of()).post("/erasures"), "participantId");
        Problems.assertProblem(
                asService().body(Map.of("participantId", "not-an-id")).post("/erasures"), 400, "malformed-request");
        Problems.assertProblem(
                given().auth()
                        .oauth2(TestTokens.service("participants-service"))
                        .contentType(ContentType.JSON)
                        .post("/erasures"),
                400,
                "malformed-request");
        Problems.assertProblem(asService().get("/exports/not-an-id"), 404, "not-found");
    }

    /**
     * Issue 14: Aisha attended a sensitive session where she is also the wellbeing contact and Ben's mentor, so the
     * follow-up offered to Ben names her twice. Her follow-up is in her export; erasure takes it, clears her as the
     * contact and takes her from the facts of Ben's offer, while Ben keeps his follow-up.
     */
    @Test
    void followUpsAndTheWellbeingContactAreExportedAndErased() throws SQLException {
        UUID mentee = People.person("Dee").support("GROUP", aisha).register();
        String project = createProject(aisha, mentee);
        Map<String, Object> body = new HashMap<>(
                Sessions.body(project, null, "ONLINE", "2026-02-03T18:00:00Z", "2026-02-03T19:00:00Z", aisha, mentee));
        body.put("sensitive", Map.of("contentNote", "We will talk about crisis care", "wellbeingContactId", aisha));
        String sensitive = asCoordinator()
                .body(body)
                .post("/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        asCoordinator()
                .body(Map.of("attended", List.of(aisha, mentee)))
                .put("/sessions/" + sensitive + "/attendance")
                .then()
                .statusCode(200);
        asService()
                .get("/exports/" + aisha)
                .then()
                .statusCode(200)
                .body("followUps", hasSize(1))
                .body("followUps[0].sessionId", equalTo(sensitive))
                .body("followUps[0].status", equalTo("OFFERED"))
                .body("followUps[0].dueBy", equalTo("2026-02-10T19:00:00Z"))
                .body("wellbeingContactOf.sessionId", equalTo(List.of(sensitive)))
                .body("wellbeingContactOf[0].start", equalTo("2026-02-03T18:00:00Z"));
        asService().get("/exports/" + mentee).then().statusCode(200).body("wellbeingContactOf", empty());
        assertThat(tablesNaming(aisha)).contains("follow_up", "work_session", "notice_outbox");

        asService()
                .body(Map.of("participantId", aisha))
                .post("/erasures")
                .then()
                .statusCode(204);

        assertThat(tablesNaming(aisha)).isEmpty();
        asService()
                .get("/exports/" + aisha)
                .then()
                .statusCode(200)
                .body("followUps", empty())
                .body("wellbeingContactOf", empty());
        asCoordinator()
                .get("/sessions/" + sensitive)
                .then()
                .statusCode(200)
                .body("sensitive.contentNote", equalTo("We will talk about crisis care"))
                .body("sensitive.wellbeingContactId", nullValue());
        asCoordinator()
                .get("/sessions/" + sensitive + "/follow-ups")
                .then()
                .statusCode(200)
                .body("items.participantId", equalTo(List.of(mentee.toString())));
        asService().get("/exports/" + mentee).then().statusCode(200).body("followUps[0].sessionId", equalTo(sensitive));
    }

    String session(String project, String start, String end, UUID... invitees) {
        return asCoordinator()
                .body(Sessions.body(project, null, "ONLINE", start, end, invitees))
                .post("/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static EngagementFacts.Person drifting(UUID who) {
        return new EngagementFacts.Person(who, List.of(new EngagementFacts.Reason(DriftCode.MISSED_SESSIONS, 3)), null);
    }

    /** As the weekly engagement job records a check-in it sends. */
    void checkInSent(UUID person, String project, String at) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("insert into engagement_check_in "
                        + "(id, participant_id, sent_at, project_id) values (?, ?, ?::timestamptz, ?)")) {
            q.setObject(1, UUID.randomUUID());
            q.setObject(2, person);
            q.setString(3, at);
            q.setObject(4, UUID.fromString(project));
            q.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void cancel(String session) {
        asCoordinator()
                .body(Map.of("reason", "The room flooded."))
                .post("/sessions/" + session + "/cancel")
                .then()
                .statusCode(200);
    }

    /** Every table whose rows, read as text (every column), mention the id anywhere. */
    List<String> tablesNaming(UUID id) throws SQLException {
        List<String> naming = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            assertThat(tables).contains("project_member", "session_invitee", "session_action", "notice_recipient");
            for (String table : tables) {
                try (PreparedStatement q =
                        c.prepareStatement("select count(*) from \"" + table + "\" t where lower(t::text) like ?")) {
                    q.setString(1, "%" + id + "%");
                    try (ResultSet rs = q.executeQuery()) {
                        rs.next();
                        if (rs.getLong(1) > 0) {
                            naming.add(table);
                        }
                    }
                }
            }
        }
        return naming;
    }

    List<String> tombstones() throws SQLException {
        List<String> all = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("select tombstone from erased_participant");
                ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                all.add(rs.getString(1));
            }
        }
        return all;
    }
}
