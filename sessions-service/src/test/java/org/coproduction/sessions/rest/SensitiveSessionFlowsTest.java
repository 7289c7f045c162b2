package org.coproduction.sessions.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.platform.testing.Problems;
import org.coproduction.sessions.domain.NoticeKind;
import org.coproduction.sessions.domain.OutboxNotice;
import org.coproduction.sessions.domain.access.AccessRules;
import org.coproduction.sessions.support.ApiTest;
import org.coproduction.sessions.support.People;
import org.coproduction.sessions.support.Sessions;
import org.coproduction.sessions.support.WireMockServers;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: sessions on sensitive topics (content note, wellbeing contact, quiet space) and the follow-up each
 * attendee is offered afterwards.
 */
@QuarkusTest
@QuarkusTestResource(WireMockServers.class)
class SensitiveSessionFlowsTest extends ApiTest {
    static final String NOTE = "We will talk about experiences of crisis care";
    static final String PAST_START = "2026-02-02T18:00:00Z";
    static final String PAST_END = "2026-02-02T19:30:00Z";

    final UUID mentor = People.person("Mo").register();
    final UUID aisha =
            People.person("Aisha").needs("QUIET_SPACE").support("GROUP", mentor).register();
    final UUID ben = People.person("Ben").register();
    final UUID carys = People.person("Carys").register();

    @Inject
    ObjectMapper json;

    Map<String, Object> sensitive(String project, String venue, String start, String end, UUID... invitees) {
        Map<String, Object> body = new HashMap<>(
                Sessions.body(project, venue, venue == null ? "ONLINE" : "IN_PERSON", start, end, invitees));
        body.put("sensitive", Map.of("contentNote", NOTE, "wellbeingContactId", carys.toString()));
        return body;
    }

    static String create(Map<String, Object> body) {
        return asCoordinator()
                .body(body)
                .post("/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void aSensitiveSessionWithoutAQuietSpaceIsAGapForEveryInviteeUntilOneIsArranged() {
        String project = createProject(aisha, ben);
        String venue = createVenue("IN_PERSON", "STEP_FREE_ACCESS");
        String gap = AccessRules.SENSITIVE_WITHOUT_QUIET_SPACE;
        String id = asCoordinator()
                .body(sensitive(project, venue, "2030-03-29T17:00:00Z", "2030-03-29T18:30:00Z", aisha, ben))
                .post("/sessions")
                .then()
                .statusCode(201)
                .body("sensitive.contentNote", equalTo(NOTE))
                .body("sensitive.wellbeingContactId", equalTo(carys.toString()))
                .body("arrangements.quietSpace", equalTo(false))
                .body("style", equalTo("GROUP"))
                .body("trainingTopics", empty())
                .body("followUpOf", nullValue())
                // Aisha needs a quiet space anyway: still one gap for her, not two.
                .body("accessGaps", hasSize(2))
                .body("accessGaps.participantId", containsInAnyOrder(aisha.toString(), ben.toString()))
                .body("accessGaps.need", equalTo(List.of("QUIET_SPACE", "QUIET_SPACE")))
                .body("accessGaps.detail", equalTo(List.of(gap, gap)))
                .extract()
                .path("id");
        asCoordinator()
                .get("/sessions/" + id + "/access-check")
                .then()
                .statusCode(200)
                .body("ok", equalTo(false))
                .body("gaps", hasSize(2));

        asCoordinator()
                .contentType("application/merge-patch+json")
                .body(Map.of("arrangements", Map.of("quietSpace", true)))
                .patch("/sessions/" + id)
                .then()
                .statusCode(200)
                .body("arrangements.quietSpace", equalTo(true))
                .body("sensitive.contentNote", equalTo(NOTE))
                .body("accessGaps", empty());
        asCoordinator()
                .get("/sessions/" + id + "/access-check")
                .then()
                .statusCode(200)
                .body("ok", equalTo(true));

        // The invitation, the agenda and the session list carry the note and the contact.
        OutboxNotice invitation = QuarkusTransaction.requiringNew()
                .call(() -> OutboxNotice.<OutboxNotice>list(
                                "sessionId = ?1 and kind = ?2", UUID.fromString(id), NoticeKind.SESSION_INVITATION)
                        .get(0));
        JsonNode facts = read(invitation.sessionFacts);
        assertThat(facts.path("sensitive").path("contentNote").asText()).isEqualTo(NOTE);
        assertThat(facts.path("sensitive").path("wellbeingContactId").asText()).isEqualTo(carys.toString());
        assertThat(facts.path("style").asText()).isEqualTo("GROUP");
        assertThat(facts.path("arrangements").path("quietSpace").asBoolean()).isFalse();
        asService()
                .body(Map.of("participantIds", List.of(ben), "since", "2026-01-01T00:00:00Z"))
                .post("/agendas")
                .then()
                .statusCode(200)
                .body("items[0].upcomingSessions[0].sessionId", equalTo(id))
                .body("items[0].upcomingSessions[0].sensitive.contentNote", equalTo(NOTE))
                .body("items[0].upcomingSessions[0].sensitive.wellbeingContactId", equalTo(carys.toString()))
                .body("items[0].upcomingSessions[0].arrangements.quietSpace", equalTo(true))
                .body("items[0].upcomingSessions[0].style", equalTo("GROUP"));
        asCoordinator()
                .queryParam("projectId", project)
                .get("/sessions")
                .then()
                .statusCode(200)
                .body("items[0].sensitive.contentNote", equalTo(NOTE));

        // Unmarking it: no note, and (with the quiet space taken away too) only Aisha's own need is a gap.
        Map<String, Object> unmark = new HashMap<>();
        unmark.put("sensitive", null);
        unmark.put("arrangements", Map.of("quietSpace", false));
        asCoordinator()
                .contentType("application/merge-patch+json")
                .body(unmark)
                .patch("/sessions/" + id)
                .then()
                .statusCode(200)
                .body("sensitive", nullValue())
                .body("accessGaps.participantId", equalTo(List.of(aisha.toString())))
                .body("accessGaps[0].detail", equalTo("needs a quiet space; the venue has none"));
    }

    @Test
    void theContentNoteAndWellbeingContactAreChecked() {
        String project = createProject(aisha, ben);
        String start = "2030-03-29T17:00:00Z";
        String end = "2030-03-29T18:30:00Z";
        Map<String, Object> unknownContact = sensitive(project, null, start, end, aisha);
        unknownContact.put("sensitive", Map.of("contentNote", NOTE, "wellbeingContactId", UUID.randomUUID()));
        Problems.assertInvalidFields(
                asCoordinator().body(unknownContact).post("/sessions"), "sensitive.wellbeingContactId");

        Map<String, Object> noContact = sensitive(project, null, start, end, aisha);
        noContact.put("sensitive", Map.of("contentNote", NOTE));
        Problems.assertInvalidFields(asCoordinator().body(noContact).post("/sessions"), "sensitive.wellbeingContactId");

        for (String note : List.of(" ", "x".repeat(501), "bell\u0007")) {
            Map<String, Object> bad = sensitive(project, null, start, end, aisha);
            bad.put("sensitive", Map.of("contentNote", note, "wellbeingContactId", carys.toString()));
            Problems.assertInvalidFields(asCoordinator().body(bad).post("/sessions"), "sensitive.contentNote");
        }
        Map<String, Object> lines = sensitive(project, null, start, end, aisha);
        lines.put("sensitive", Map.of("contentNote", "Crisis care.\nBreaks any time.", "wellbeingContactId", carys));
        create(lines);

        // Participants-service down: nothing is written, 503.
        WireMockServers.participants()
                .stubFor(post(urlEqualTo("/participants/lookup"))
                        .willReturn(aResponse().withStatus(503)));
        Problems.assertProblem(
                asCoordinator()
                        .body(sensitive(project, null, start, end, aisha))
                        .post("/sessions"),
                503,
                "dependency-unavailable");
    }

    @Test
    void trainingTopicsStyleAndFollowUpOfAreChecked() {
        String project = createProject(aisha, ben);
        String start = "2030-03-29T17:00:00Z";
        String end = "2030-03-29T18:30:00Z";
        Map<String, Object> meeting = new HashMap<>(Sessions.body(project, null, "ONLINE", start, end, aisha));
        meeting.put("trainingTopics", List.of("FACILITATION"));
        Problems.assertInvalidFields(asCoordinator().body(meeting).post("/sessions"), "trainingTopics");

        Map<String, Object> training = new HashMap<>(Sessions.body(project, null, "ONLINE", start, end, aisha));
        training.put("type", "TRAINING");
        training.put("trainingTopics", List.of("KNITTING"));
        Problems.assertProblem(asCoordinator().body(training).post("/sessions"), 400, "malformed-request")
                .body("detail", containsString("trainingTopics[0]"))
                .body("detail", containsString("FACILITATION"));
        training.put("trainingTopics", List.of("FACILITATION", "SAFEGUARDING"));
        training.put("style", "ONE_TO_ONE");
        String id = asCoordinator()
                .body(training)
                .post("/sessions")
                .then()
                .statusCode(201)
                .body("trainingTopics", equalTo(List.of("FACILITATION", "SAFEGUARDING")))
                .body("style", equalTo("ONE_TO_ONE"))
                .extract()
                .path("id");
        // Turning it into a meeting with its topics still on is refused; with them cleared it is fine.
        Problems.assertInvalidFields(
                asCoordinator()
                        .contentType("application/merge-patch+json")
                        .body(Map.of("type", "MEETING"))
                        .patch("/sessions/" + id),
                "trainingTopics");
        asCoordinator()
                .contentType("application/merge-patch+json")
                .body(Map.of("type", "MEETING", "trainingTopics", List.of()))
                .patch("/sessions/" + id)
                .then()
                .statusCode(200)
                .body("trainingTopics", empty());

        String ordinary = create(Sessions.body(project, null, "ONLINE", start, end, aisha));
        Map<String, Object> followUp = new HashMap<>(Sessions.body(project, null, "ONLINE", start, end, aisha, mentor));
        followUp.put("type", "MENTORING");
        followUp.put("followUpOf", ordinary);
        Problems.assertInvalidFields(asCoordinator().body(followUp).post("/sessions"), "followUpOf");
        followUp.put("followUpOf", UUID.randomUUID().toString());
        Problems.assertInvalidFields(asCoordinator().body(followUp).post("/sessions"), "followUpOf");
        String sensitive = create(sensitive(project, null, start, end, aisha));
        followUp.put("followUpOf", sensitive);
        followUp.put("type", "MEETING");
        Problems.assertInvalidFields(asCoordinator().body(followUp).post("/sessions"), "followUpOf");
    }

    @Test
    void eachAttendeeIsOfferedOneFollowUpThatCanBeDeclinedOrArranged() {
        String project = createProject(aisha, ben, mentor);
        String id = create(sensitive(project, null, PAST_START, PAST_END, aisha, ben));

        asCoordinator()
                .body(Map.of("attended", List.of(aisha, ben)))
                .put("/sessions/" + id + "/attendance")
                .then()
                .statusCode(200);
        // Recorded again: nobody is offered a second one.
        asCoordinator()
                .body(Map.of("attended", List.of(aisha, ben)))
                .put("/sessions/" + id + "/attendance")
                .then()
                .statusCode(200);

        List<OutboxNotice> offers = QuarkusTransaction.requiringNew()
                .call(() -> OutboxNotice.<OutboxNotice>list(
                        "sessionId = ?1 and kind = ?2 order by createdAt",
                        UUID.fromString(id),
                        NoticeKind.FOLLOW_UP_OFFER));
        assertThat(offers).hasSize(2);
        Map<UUID, JsonNode> byPerson = new HashMap<>();
        offers.forEach(n -> byPerson.put(n.recipients.iterator().next(), read(n.followUpFacts)));
        assertThat(byPerson.keySet()).containsExactlyInAnyOrder(aisha, ben);
        assertThat(byPerson.get(aisha).path("mentorId").asText()).isEqualTo(mentor.toString());
        assertThat(byPerson.get(ben).path("mentorId").isNull()).isTrue();
        assertThat(byPerson.get(ben).path("dueBy").asText()).isEqualTo("2026-02-09T19:30:00Z");
        assertThat(byPerson.get(ben).path("wellbeingContactId").asText()).isEqualTo(carys.toString());
        assertThat(read(offers.get(0).sessionFacts)
                        .path("sensitive")
                        .path("contentNote")
                        .asText())
                .isEqualTo(NOTE);

        asCoordinator()
                .get("/sessions/" + id + "/follow-ups")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.status", equalTo(List.of("OFFERED", "OFFERED")))
                .body("items[0].dueBy", equalTo("2026-02-09T19:30:00Z"))
                // Long past its due date and still only offered.
                .body("items[0].overdue", equalTo(true))
                .body("items[0].offeredAt", notNullValue())
                .body("items[0].mentoringSessionId", nullValue());

        // Ben says no thanks (again: nothing changes); nobody else may say it for him; nobody else was offered one.
        String declinedAt = asParticipant(ben)
                .post("/sessions/" + id + "/follow-ups/" + ben + "/decline")
                .then()
                .statusCode(200)
                .body("status", equalTo("DECLINED"))
                .body("overdue", equalTo(false))
                .extract()
                .path("declinedAt");
        assertThat(declinedAt).isNotNull();
        asCoordinator()
                .post("/sessions/" + id + "/follow-ups/" + ben + "/decline")
                .then()
                .statusCode(200)
                .body("declinedAt", equalTo(declinedAt));
        Problems.assertProblem(
                asParticipant(aisha).post("/sessions/" + id + "/follow-ups/" + ben + "/decline"), 403, "forbidden");
        Problems.assertProblem(
                asCoordinator().post("/sessions/" + id + "/follow-ups/" + carys + "/decline"), 404, "not-found");
        Problems.assertProblem(asParticipant(ben).get("/sessions/" + id + "/follow-ups"), 403, "forbidden");

        // A MENTORING session that follows it up arranges Aisha's; then she can no longer decline it.
        Map<String, Object> mentoring = new HashMap<>(
                Sessions.body(project, null, "ONLINE", "2026-02-05T18:00:00Z", "2026-02-05T19:00:00Z", aisha, mentor));
        mentoring.put("type", "MENTORING");
        mentoring.put("style", "ONE_TO_ONE");
        mentoring.put("followUpOf", id);
        String arranged = asCoordinator()
                .body(mentoring)
                .post("/sessions")
                .then()
                .statusCode(201)
                .body("followUpOf", equalTo(id))
                .extract()
                .path("id");
        asCoordinator()
                .get("/sessions/" + id + "/follow-ups")
                .then()
                .statusCode(200)
                .body("items.find { it.participantId == '" + aisha + "' }.status", equalTo("ARRANGED"))
                .body("items.find { it.participantId == '" + aisha + "' }.mentoringSessionId", equalTo(arranged))
                .body("items.find { it.participantId == '" + aisha + "' }.overdue", equalTo(false))
                .body("items.find { it.participantId == '" + ben + "' }.status", equalTo("DECLINED"));
        Problems.assertProblem(
                asParticipant(aisha).post("/sessions/" + id + "/follow-ups/" + aisha + "/decline"), 409, "conflict");
    }

    @Test
    void attendanceOfAnOrdinarySessionOffersNothingAndAsksOnlyForPaymentPreferences() {
        String project = createProject(aisha, ben);
        String id = create(Sessions.body(project, null, "ONLINE", PAST_START, PAST_END, aisha, ben));
        WireMockServers.participants().resetRequests();
        asCoordinator()
                .body(Map.of("attended", List.of(aisha, ben)))
                .put("/sessions/" + id + "/attendance")
                .then()
                .statusCode(200);
        asCoordinator()
                .get("/sessions/" + id + "/follow-ups")
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("total", equalTo(0));
        // One batched lookup (issue 15: the attendees' payment preferences make their payment lines), nothing else.
        assertThat(WireMockServers.participants().getAllServeEvents())
                .extracting(e -> e.getRequest().getUrl())
                .containsExactly("/participants/lookup");
        Problems.assertProblem(asCoordinator().get("/sessions/" + UUID.randomUUID() + "/follow-ups"), 404, "not-found");
    }

    JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
