package org.coproduction.sessions.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.coproduction.platform.json.ClientJson;
import org.coproduction.platform.testing.Problems;
import org.coproduction.sessions.domain.NoticeKind;
import org.coproduction.sessions.domain.OutboxNotice;
import org.coproduction.sessions.support.ApiTest;
import org.coproduction.sessions.support.People;
import org.coproduction.sessions.support.Sessions;
import org.coproduction.sessions.support.WireMockServers;
import org.junit.jupiter.api.Test;

/** A session from creation to cancellation: versions, merge patches, notices, visibility and its calendar file. */
@QuarkusTest
@QuarkusTestResource(WireMockServers.class)
class SessionLifecycleFlowsTest extends ApiTest {
    // Monday 29 March 2027, 18:00-19:30 in London (BST, so 17:00Z).
    static final String START = "2027-03-29T17:00:00Z";
    static final String END = "2027-03-29T18:30:00Z";

    final UUID aisha = People.person("Aisha").freeEveryDay("08:00", "22:00").register();
    final UUID ben = People.person("Ben").freeEveryDay("08:00", "22:00").register();

    String create(Map<String, Object> body) {
        return asCoordinator()
                .body(body)
                .post("/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    String onlineSession(UUID... invitees) {
        return create(Sessions.body(createProject(invitees), null, "ONLINE", START, END, invitees));
    }

    /**
     * The session's notices after the invitation its creation queued (issue 11), oldest first. That invitation is
     * checked to be there, first and alone, so counts of later notices stay exact.
     */
    /** A notice's stored session facts, as JSON. */
    static JsonNode facts(String stored) {
        assertThat(stored).isNotNull();
        try {
            return ClientJson.mapper().readTree(stored);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    static List<OutboxNotice> notices(String sessionId) {
        List<OutboxNotice> all = OutboxNotice.list("sessionId = ?1 order by createdAt", UUID.fromString(sessionId));
        assertThat(all).as("the invitation sent when the session was created").isNotEmpty();
        assertThat(all.get(0).kind).isEqualTo(NoticeKind.SESSION_INVITATION);
        return all.subList(1, all.size());
    }

    @Test
    void weakTagsAndTheStarAreAcceptedAsIfMatch() {
        String id = onlineSession(aisha);

        asCoordinator()
                .header("If-Match", "W/\"0\"")
                .body(Map.of("title", "Renamed once"))
                .patch("/sessions/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"");
        asCoordinator()
                .header("If-Match", "*")
                .body(Map.of("title", "Renamed twice"))
                .patch("/sessions/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("title", equalTo("Renamed twice"))
                .body("version", equalTo(2));
        asCoordinator().get("/sessions/" + id).then().header("ETag", "\"2\"");
    }

    @Test
    void aNewTitleOrPurposeTellsNobody() {
        String id = onlineSession(aisha);

        asCoordinator()
                .body(Map.of("title", "  New name  ", "purpose", "New purpose\non two lines"))
                .patch("/sessions/" + id)
                .then()
                .statusCode(200)
                .body("title", equalTo("New name"))
                .body("purpose", equalTo("New purpose\non two lines"));

        assertThat(notices(id)).isEmpty();
    }

    @Test
    void changingOnlyWhoIsInvitedInvitesTheNewcomerButAMoveTellsOldAndNewInvitees() {
        String id = onlineSession(aisha);
        asCoordinator()
                .body(Map.of("invitees", List.of(aisha, ben)))
                .patch("/sessions/" + id)
                .then()
                .statusCode(200)
                .body("invitees", hasSize(2));
        // Aisha hears nothing new; Ben, just added, is invited.
        List<OutboxNotice> added = notices(id);
        assertThat(added).hasSize(1);
        assertThat(added.get(0).kind).isEqualTo(NoticeKind.SESSION_INVITATION);
        assertThat(added.get(0).recipients).containsExactly(ben);

        asCoordinator()
                .body(Map.of("invitees", List.of(ben), "start", "2027-04-05T17:00:00Z", "end", "2027-04-05T18:30:00Z"))
                .patch("/sessions/" + id)
                .then()
                .statusCode(200)
                .body("invitees", equalTo(List.of(ben.toString())));

        List<OutboxNotice> notices = notices(id);
        assertThat(notices).hasSize(2);
        assertThat(notices.get(1).kind).isEqualTo(NoticeKind.SESSION_CHANGED);
        assertThat(notices.get(1).recipients).containsExactlyInAnyOrder(aisha, ben);
        // Facts as they now are and as they were just before, each with its calendar SEQUENCE; no English words.
        assertThat(notices.get(1).subject).isNull();
        assertThat(notices.get(1).body).isNull();
        JsonNode now = facts(notices.get(1).sessionFacts);
        JsonNode before = facts(notices.get(1).previousFacts);
        assertThat(now.path("start").asText()).isEqualTo("2027-04-05T17:00:00Z");
        assertThat(now.path("title").asText()).isEqualTo("Planning the spring workshops");
        assertThat(now.path("sequence").asLong()).isEqualTo(2);
        assertThat(before.path("start").asText()).isEqualTo(START);
        assertThat(before.path("sequence").asLong()).isEqualTo(1);
        asCoordinator().get("/sessions/" + id + "/calendar.ics").then().body(containsString("SEQUENCE:2\r\n"));
    }

    @Test
    void movingToAnotherZoneIsAMoveEvenAtTheSameInstant() {
        String id = onlineSession(aisha);

        asCoordinator()
                .body(Map.of("timeZone", "America/New_York"))
                .patch("/sessions/" + id)
                .then()
                .statusCode(200)
                .body("timeZone", equalTo("America/New_York"));

        List<OutboxNotice> notices = notices(id);
        assertThat(notices).hasSize(1);
        // 17:00Z on 29 March 2027 is 13:00 in New York (EDT).
        assertThat(facts(notices.get(0).sessionFacts).path("timeZone").asText()).isEqualTo("America/New_York");
        assertThat(facts(notices.get(0).previousFacts).path("timeZone").asText())
                .isEqualTo("Europe/London");
    }

    @Test
    void anOffsetIsNotATimeZoneInAPatchEither() {
        String id = onlineSession(aisha);
        Problems.assertProblem(
                asCoordinator().body(Map.of("timeZone", "+01:00")).patch("/sessions/" + id), 400, "validation");
        asCoordinator().get("/sessions/" + id).then().body("timeZone", equalTo("Europe/London"));
    }

    @Test
    void anUnknownNewInviteeIs404AndTheSessionStaysAsItWas() {
        String id = onlineSession(aisha);
        UUID stranger = UUID.randomUUID();

        asCoordinator()
                .body(Map.of("invitees", List.of(aisha, stranger)))
                .patch("/sessions/" + id)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString(stranger.toString()));

        asCoordinator()
                .get("/sessions/" + id)
                .then()
                .header("ETag", "\"0\"")
                .body("invitees", equalTo(List.of(aisha.toString())));
    }

    @Test
    void aVenueMustExistAndFitTheFormat() {
        String id = onlineSession(aisha);
        String room = createVenue("IN_PERSON");

        Problems.assertProblem(
                asCoordinator()
                        .body(Map.of("venueId", UUID.randomUUID().toString()))
                        .patch("/sessions/" + id),
                404,
                "not-found");
        Problems.assertProblem(
                asCoordinator().body(Map.of("venueId", room)).patch("/sessions/" + id), 400, "validation");

        // Moving into the room works once the format says people come in person; it is a new place.
        asCoordinator()
                .body(Map.of("venueId", room, "format", "HYBRID"))
                .patch("/sessions/" + id)
                .then()
                .statusCode(200)
                .body("format", equalTo("HYBRID"))
                .body("venue.id", equalTo(room));
        assertThat(notices(id)).hasSize(1);
        JsonNode now = facts(notices(id).get(0).sessionFacts);
        assertThat(now.path("venue").path("name").asText()).isEqualTo("Community Hub");
        assertThat(now.path("venue").path("address").asText()).startsWith("12 High Street");
        assertThat(now.path("format").asText()).isEqualTo("HYBRID");
        JsonNode before = facts(notices(id).get(0).previousFacts);
        assertThat(before.path("venue").isNull()).isTrue();
        assertThat(before.path("format").asText()).isEqualTo("ONLINE");
    }

    @Test
    void interpretationCodesAreKeptInLowerCase() {
        Map<String, Object> body = Sessions.body(createProject(aisha), null, "ONLINE", START, END, aisha);
        body.put("arrangements", Map.of("interpretation", List.of("PL", "BFI")));
        String id = create(body);

        asCoordinator()
                .get("/sessions/" + id)
                .then()
                .statusCode(200)
                .body("arrangements.interpretation", org.hamcrest.Matchers.containsInAnyOrder("pl", "bfi"))
                .body("arrangements.captions", equalTo(false));
        Problems.assertInvalidFields(
                asCoordinator()
                        .body(Map.of("arrangements", Map.of("interpretation", List.of("not a code"))))
                        .patch("/sessions/" + id),
                "arrangements.interpretation[0]");
    }

    @Test
    void cancellingChecksTheVersionAndTheReason() {
        String id = onlineSession(aisha);

        Problems.assertInvalidFields(
                asCoordinator().body(Map.of("reason", "  ")).post("/sessions/" + id + "/cancel"), "reason");
        Problems.assertProblem(
                asCoordinator()
                        .header("If-Match", "\"3\"")
                        .body(Map.of("reason", "Flooded."))
                        .post("/sessions/" + id + "/cancel"),
                412,
                "precondition-failed");
        assertThat(notices(id)).isEmpty();

        asCoordinator()
                .header("If-Match", "\"0\"")
                .body(Map.of("reason", "  Flooded.  "))
                .post("/sessions/" + id + "/cancel")
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("CANCELLED"))
                .body("cancelReason", equalTo("Flooded."));

        List<OutboxNotice> notices = notices(id);
        assertThat(notices).hasSize(1);
        assertThat(notices.get(0).kind).isEqualTo(NoticeKind.SESSION_CANCELLED);
        assertThat(notices.get(0).subject).isNull();
        assertThat(notices.get(0).reason).isEqualTo("Flooded.");
        assertThat(notices.get(0).previousFacts).isNull();
        assertThat(facts(notices.get(0).sessionFacts).path("sequence").asLong()).isEqualTo(1);
        // The calendar file is still served, cancelled, with the raised SEQUENCE calendar apps need to remove it.
        asCoordinator()
                .get("/sessions/" + id + "/calendar.ics")
                .then()
                .statusCode(200)
                .body(containsString("STATUS:CANCELLED\r\n"))
                .body(containsString("SEQUENCE:1\r\n"));
    }

    @Test
    void aCancelledSessionCannotBeChangedOrCancelledAgain() {
        String id = onlineSession(aisha);
        asCoordinator()
                .body(Map.of("reason", "Called off."))
                .post("/sessions/" + id + "/cancel")
                .then()
                .statusCode(200);

        Problems.assertProblem(
                        asCoordinator().body(Map.of("title", "Back on")).patch("/sessions/" + id), 409, "conflict")
                .body("detail", equalTo("The session is cancelled and cannot be changed."));
        Problems.assertProblem(
                        asCoordinator().body(Map.of("reason", "Again.")).post("/sessions/" + id + "/cancel"),
                        409,
                        "conflict")
                .body("detail", equalTo("The session is cancelled and cannot be cancelled."));
        asCoordinator().get("/sessions/" + id).then().body("title", equalTo("Planning the spring workshops"));
    }

    @Test
    void anInvitedParticipantSeesTheSessionAndAnyoneElseSeesNothing() {
        String id = onlineSession(aisha);
        UUID outsider = UUID.randomUUID();

        asParticipant(aisha).get("/sessions/" + id).then().statusCode(200).body("id", equalTo(id));
        asParticipant(aisha)
                .get("/sessions/" + id + "/summary")
                .then()
                .statusCode(200)
                .body("sessionId", equalTo(id))
                .body("decisions", empty())
                .body("actions", empty());
        asParticipant(aisha).get("/sessions/" + id + "/calendar.ics").then().statusCode(200);

        // The same 404 as for an id that does not exist: no hint that it does.
        for (String path : List.of("", "/summary", "/calendar.ics")) {
            Problems.assertProblem(asParticipant(outsider).get("/sessions/" + id + path), 404, "not-found")
                    .body("detail", equalTo("No session with id " + id + "."));
        }
    }

    @Test
    void participantsCannotChangeCancelPriceOrCheckSessions() {
        String id = onlineSession(aisha);
        Problems.assertProblem(
                asParticipant(aisha).body(Map.of("title", "Mine")).patch("/sessions/" + id), 403, "forbidden");
        Problems.assertProblem(
                asParticipant(aisha).body(Map.of("reason", "No.")).post("/sessions/" + id + "/cancel"),
                403,
                "forbidden");
        Problems.assertProblem(asParticipant(aisha).get("/sessions/" + id + "/costs"), 403, "forbidden");
        Problems.assertProblem(asParticipant(aisha).get("/sessions/" + id + "/access-check"), 403, "forbidden");
        Problems.assertProblem(
                asParticipant(aisha)
                        .body(Sessions.body(createProject(aisha), null, "ONLINE", START, END, aisha))
                        .post("/sessions"),
                403,
                "forbidden");
        asCoordinator().get("/sessions/" + id).then().header("ETag", "\"0\"");
    }

    @Test
    void aParticipantListsOnlyTheirOwnSessions() {
        String mine = onlineSession(aisha);
        String theirs = onlineSession(ben);

        List<String> seen = asParticipant(aisha)
                .queryParam("size", 200)
                .get("/sessions")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertThat(seen).contains(mine).doesNotContain(theirs);
        asParticipant(aisha)
                .queryParam("participantId", aisha)
                .get("/sessions")
                .then()
                .statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem(mine));
        Problems.assertProblem(
                asParticipant(aisha).queryParam("participantId", ben).get("/sessions"), 403, "forbidden");
    }

    @Test
    void listsFilterByProjectAndTimeAndArePaged() {
        String project = createProject(aisha);
        String march = create(Sessions.body(project, null, "ONLINE", START, END, aisha));
        String april =
                create(Sessions.body(project, null, "ONLINE", "2027-04-05T17:00:00Z", "2027-04-05T18:30:00Z", aisha));

        asCoordinator()
                .queryParam("projectId", project)
                .get("/sessions")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", equalTo(List.of(march, april)));
        asCoordinator()
                .queryParam("projectId", project)
                .queryParam("from", "2027-04-01T00:00:00Z")
                .get("/sessions")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(april)));
        asCoordinator()
                .queryParam("projectId", project)
                .queryParam("to", "2027-04-01T00:00:00Z")
                .get("/sessions")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(march)));
        asCoordinator()
                .queryParam("projectId", project)
                .queryParam("size", 1)
                .queryParam("page", 1)
                .get("/sessions")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(april)))
                .body("total", equalTo(2))
                .body("page", equalTo(1));
        asCoordinator()
                .queryParam("projectId", UUID.randomUUID())
                .get("/sessions")
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("total", equalTo(0));
        Problems.assertProblem(
                asCoordinator().queryParam("projectId", "not-an-id").get("/sessions"), 400, "validation");
    }

    @Test
    void theCalendarFileCarriesThePlaceTheLinkAndTheVersion() throws Exception {
        String room = createVenue("IN_PERSON", "STEP_FREE_ACCESS");
        Map<String, Object> body = Sessions.body(createProject(aisha), room, "HYBRID", START, END, aisha);
        body.put("joiningLink", "https://meet.example.org/spring");
        body.put("arrangements", Map.of("captions", true));
        String id = create(body);
        asCoordinator()
                .body(Map.of("title", "Spring planning"))
                .patch("/sessions/" + id)
                .then()
                .statusCode(200);

        String ics = asCoordinator()
                .get("/sessions/" + id + "/calendar.ics")
                .then()
                .statusCode(200)
                .contentType(containsString("text/calendar"))
                .extract()
                .asString();

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(calendar.validate().hasErrors()).isFalse();
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded)
                .contains("SUMMARY:Spring planning")
                .contains("UID:" + id + "@sessions.coproduction")
                // Calendar apps replace the event they hold when SEQUENCE goes up: one change, one step.
                .contains("SEQUENCE:1")
                .contains("LOCATION:Community Hub\\, 12 High Street")
                .contains("URL:https://meet.example.org/spring")
                .contains("Type: Meeting\\, hybrid")
                .contains("Join online: https://meet.example.org/spring")
                .contains("live captions\\; venue offers step free access")
                .contains("BEGIN:VTIMEZONE")
                .contains("TZID:Europe/London")
                .contains("STATUS:CONFIRMED")
                .contains("DTSTART;TZID=Europe/London:20270329T180000")
                .contains("DTEND;TZID=Europe/London:20270329T193000")
                .doesNotContain("METHOD:");
    }

    @Test
    void anOnlineSessionCostsNoTravelOrMealsAndItsAccessCheckCanBeClean() {
        UUID dev = People.person("Dev")
                .payment("WANTS_PAYMENT")
                .claims(true, true, false, true)
                .register();
        String id = create(Sessions.body(createProject(dev), null, "ONLINE", START, END, dev));

        asCoordinator()
                .get("/sessions/" + id + "/costs")
                .then()
                .statusCode(200)
                .body("currency", equalTo("GBP"))
                .body("lines.item", equalTo(List.of("TIME", "CHILDCARE")))
                .body("lines[0].amount", equalTo(37.5f))
                .body("lines[1].amount", equalTo(18.0f))
                .body("total", equalTo(55.5f))
                .body("vouchersTotal", equalTo(0.0f));
        asCoordinator()
                .get("/sessions/" + id + "/access-check")
                .then()
                .statusCode(200)
                .body("ok", equalTo(true))
                .body("gaps", empty());
    }

    @Test
    void anUnknownSessionIs404ForEveryOperation() {
        String missing = "/sessions/" + UUID.randomUUID();
        Problems.assertProblem(asCoordinator().body(Map.of("title", "x")).patch(missing), 404, "not-found");
        Problems.assertProblem(asCoordinator().body(Map.of("reason", "x")).post(missing + "/cancel"), 404, "not-found");
        Problems.assertProblem(asCoordinator().get(missing + "/costs"), 404, "not-found");
        Problems.assertProblem(asCoordinator().get(missing + "/access-check"), 404, "not-found");
        Problems.assertProblem(asCoordinator().get(missing + "/summary"), 404, "not-found");
        Problems.assertProblem(
                asCoordinator().body(Map.of("summary", "x")).put(missing + "/summary"), 404, "not-found");
        Problems.assertProblem(
                asCoordinator().body(Map.of("attended", List.of())).put(missing + "/attendance"), 404, "not-found");
    }

    @Test
    void aPatchThatChangesNothingStillAnswersTheWholeSession() {
        String id = onlineSession(aisha);
        Map<String, Object> nothing = new HashMap<>();
        asCoordinator()
                .body(nothing)
                .patch("/sessions/" + id)
                .then()
                .statusCode(200)
                .body("title", equalTo("Planning the spring workshops"))
                .body("availabilityConflicts", empty())
                .body("accessGaps", not(org.hamcrest.Matchers.nullValue()));
        assertThat(notices(id)).isEmpty();
    }
}
