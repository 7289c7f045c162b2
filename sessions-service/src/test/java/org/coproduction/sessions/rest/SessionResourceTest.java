package org.coproduction.sessions.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.coproduction.platform.testing.TestTokens;
import org.coproduction.sessions.domain.NoticeKind;
import org.coproduction.sessions.domain.OutboxNotice;
import org.coproduction.sessions.domain.Session;
import org.coproduction.sessions.support.ApiTest;
import org.coproduction.sessions.support.People;
import org.coproduction.sessions.support.Sessions;
import org.coproduction.sessions.support.WireMockServers;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(WireMockServers.class)
class SessionResourceTest extends ApiTest {
    // Monday 29 March 2027, 18:00-19:30 in London (BST, so 17:00Z).
    static final String START = "2027-03-29T17:00:00Z";
    static final String END = "2027-03-29T18:30:00Z";

    final UUID aisha = People.person("Aisha")
            .free("MONDAY", "18:00", "20:00")
            .needs("STEP_FREE_ACCESS", "BSL_INTERPRETER")
            .interpretation("bfi")
            .payment("WANTS_PAYMENT")
            .claims(true, false, false, false)
            .register();
    final UUID ben = People.person("Ben")
            .payment("VOUCHERS")
            .claims(false, true, false, false)
            .register();

    ExtractableResponse<Response> create(Map<String, Object> body) {
        return asCoordinator()
                .body(body)
                .post("/sessions")
                .then()
                .statusCode(201)
                .extract();
    }

    @Test
    void creatingASessionReportsWhoCannotComeAndWhoseNeedsAreUnmet() {
        String project = createProject(aisha, ben);
        String venue = createVenue("IN_PERSON", "STEP_FREE_ACCESS");

        ExtractableResponse<Response> created =
                create(Sessions.body(project, venue, "IN_PERSON", START, END, aisha, ben));

        assertThat(created.header("Location")).endsWith("/sessions/" + created.path("id"));
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat((List<Map<String, String>>) created.path("availabilityConflicts"))
                .containsExactly(Map.of("participantId", ben.toString(), "reason", "OUTSIDE_AVAILABILITY"));
        assertThat((List<Map<String, String>>) created.path("accessGaps"))
                .containsExactly(Map.of(
                        "participantId",
                        aisha.toString(),
                        "need",
                        "BSL_INTERPRETER",
                        "detail",
                        "needs a BSL interpreter; none booked"));
        assertThat((String) created.path("status")).isEqualTo("SCHEDULED");
        assertThat((String) created.path("venue.name")).isEqualTo("Community Hub");
    }

    @Test
    void badTimesAndZoneAreAllListed() {
        String project = createProject();
        Map<String, Object> body = Sessions.body(project, null, "ONLINE", END, START, aisha);
        body.put("timeZone", "Mars/Olympus");
        asCoordinator()
                .body(body)
                .post("/sessions")
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("end", "timeZone"));
    }

    @Test
    void aSessionOfNoLengthIsRefused() {
        asCoordinator()
                .body(Sessions.body(createProject(), null, "ONLINE", START, START, aisha))
                .post("/sessions")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("end"))
                .body("errors[0].message", equalTo("must be after start"));
    }

    @Test
    void missingFieldsAreAllListed() {
        asCoordinator()
                .body(Map.of("title", ""))
                .post("/sessions")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("projectId"))
                .body("errors.field", hasItem("title"))
                .body("errors.field", hasItem("type"))
                .body("errors.field", hasItem("format"))
                .body("errors.field", hasItem("start"))
                .body("errors.field", hasItem("end"))
                .body("errors.field", hasItem("timeZone"))
                .body("errors.field", hasItem("invitees"));
    }

    @Test
    void anUnknownEnumValueIsA400NamingTheFieldAndTheChoices() {
        Map<String, Object> body = Sessions.body(createProject(), null, "ONLINE", START, END, aisha);
        body.put("type", "PARTY");
        asCoordinator()
                .body(body)
                .post("/sessions")
                .then()
                .statusCode(400)
                .body("type", equalTo("urn:coproduction:problem:malformed-request"))
                .body("detail", containsString("'type'"))
                .body("detail", containsString("MENTORING"));
    }

    @Test
    void unknownVenueProjectOrInviteeIs404() {
        String project = createProject();
        asCoordinator()
                .body(Sessions.body(project, UUID.randomUUID().toString(), "IN_PERSON", START, END, aisha))
                .post("/sessions")
                .then()
                .statusCode(404)
                .body("detail", containsString("venue"));
        asCoordinator()
                .body(Sessions.body(UUID.randomUUID().toString(), null, "ONLINE", START, END, aisha))
                .post("/sessions")
                .then()
                .statusCode(404)
                .body("detail", containsString("project"));
        UUID stranger = UUID.randomUUID();
        asCoordinator()
                .body(Sessions.body(project, null, "ONLINE", START, END, aisha, stranger))
                .post("/sessions")
                .then()
                .statusCode(404)
                .body("detail", containsString(stranger.toString()));
    }

    @Test
    void venueAndFormatMustFit() {
        String project = createProject();
        asCoordinator()
                .body(Sessions.body(project, null, "IN_PERSON", START, END, aisha))
                .post("/sessions")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("venueId"));
        String online = createVenue("ONLINE", "CAPTIONS");
        asCoordinator()
                .body(Sessions.body(project, online, "HYBRID", START, END, aisha))
                .post("/sessions")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("venueId"));
    }

    @Test
    void mentoringIsOneToOne() {
        Map<String, Object> body = Sessions.body(createProject(), null, "ONLINE", START, END, aisha);
        body.put("type", "MENTORING");
        asCoordinator()
                .body(body)
                .post("/sessions")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("invitees"));
    }

    @Test
    void tooManyInviteesIsA400NotA500() {
        List<UUID> many = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            many.add(UUID.randomUUID());
        }
        Map<String, Object> body = Sessions.body(createProject(), null, "ONLINE", START, END);
        body.put("invitees", many);
        asCoordinator()
                .body(body)
                .post("/sessions")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("invitees"));
    }

    @Test
    void tenThousandInviteesIsOverTheBodyLimitA413ProblemNotA500() {
        List<UUID> many = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            many.add(UUID.randomUUID());
        }
        Map<String, Object> body = Sessions.body(createProject(), null, "ONLINE", START, END);
        body.put("invitees", many);
        asCoordinator()
                .body(body)
                .post("/sessions")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:coproduction:problem:payload-too-large"));
    }

    @Test
    void aParticipantSeesOnlySessionsTheyAreInvitedTo() {
        UUID carol = People.person("Carol").register();
        String project = createProject(aisha, carol);
        String id = create(Sessions.body(project, null, "ONLINE", START, END, aisha))
                .path("id");

        asParticipant(aisha).get("/sessions/" + id).then().statusCode(200).body("id", equalTo(id));
        // Not invited: the same 404 as an id that does not exist.
        asParticipant(carol)
                .get("/sessions/" + id)
                .then()
                .statusCode(404)
                .body("detail", equalTo("No session with id " + id + "."));
        asParticipant(carol)
                .queryParam("participantId", aisha)
                .get("/sessions")
                .then()
                .statusCode(403);
        asParticipant(aisha).get("/sessions").then().statusCode(200).body("items.id", hasItem(id));
        asParticipant(carol).get("/sessions").then().statusCode(200).body("items.id", empty());
    }

    @Test
    void sessionsAreListedByProjectParticipantAndDateRange() {
        String project = createProject(aisha, ben);
        String first = create(Sessions.body(project, null, "ONLINE", START, END, aisha))
                .path("id");
        String second = create(
                        Sessions.body(project, null, "ONLINE", "2027-04-05T17:00:00Z", "2027-04-05T18:30:00Z", ben))
                .path("id");

        asCoordinator()
                .queryParam("projectId", project)
                .get("/sessions")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(first, second)))
                .body("total", equalTo(2));
        asCoordinator()
                .queryParam("projectId", project)
                .queryParam("participantId", ben)
                .get("/sessions")
                .then()
                .body("items.id", equalTo(List.of(second)));
        asCoordinator()
                .queryParam("projectId", project)
                .queryParam("from", "2027-04-01T00:00:00Z")
                .queryParam("to", "2027-05-01T00:00:00Z")
                .get("/sessions")
                .then()
                .body("items.id", equalTo(List.of(second)));
        asCoordinator()
                .queryParam("from", "2027-05-01T00:00:00Z")
                .queryParam("to", "2027-04-01T00:00:00Z")
                .get("/sessions")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("from"));
        asCoordinator()
                .queryParam("projectId", "not-a-uuid")
                .get("/sessions")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("projectId"));
    }

    @Test
    void movingASessionNeedsTheCurrentVersionAndTellsTheInvitees() {
        String project = createProject(aisha);
        String id = create(Sessions.body(project, null, "ONLINE", START, END, aisha))
                .path("id");

        asCoordinator()
                .header("If-Match", "\"7\"")
                .body(Map.of("start", "2027-04-05T17:00:00Z", "end", "2027-04-05T18:30:00Z"))
                .patch("/sessions/" + id)
                .then()
                .statusCode(412)
                .body("type", equalTo("urn:coproduction:problem:precondition-failed"));
        assertThat(notices(id)).isEmpty();

        asCoordinator()
                .header("If-Match", "\"0\"")
                .body(Map.of(
                        "start",
                        "2027-04-05T17:00:00Z",
                        "end",
                        "2027-04-05T18:30:00Z",
                        "arrangements",
                        Map.of("interpretation", List.of("bfi"))))
                .patch("/sessions/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("start", equalTo("2027-04-05T17:00:00Z"))
                .body("availabilityConflicts", empty())
                .body("accessGaps", empty());

        List<OutboxNotice> notices = notices(id);
        assertThat(notices).hasSize(1);
        assertThat(notices.get(0).kind).isEqualTo(NoticeKind.SESSION_CHANGED);
        assertThat(notices.get(0).recipients).containsExactly(aisha);
        // The facts as they now are, and as they were just before the move.
        assertThat(SessionLifecycleFlowsTest.facts(notices.get(0).sessionFacts)
                        .path("start")
                        .asText())
                .isEqualTo("2027-04-05T17:00:00Z");
        assertThat(SessionLifecycleFlowsTest.facts(notices.get(0).previousFacts)
                        .path("start")
                        .asText())
                .isNotEqualTo("2027-04-05T17:00:00Z");

        asCoordinator()
                .body(Map.of("end", "2027-04-05T16:00:00Z"))
                .patch("/sessions/" + id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("end"));
        asCoordinator()
                .body(Map.of("title", "Renamed"))
                .patch("/sessions/" + id)
                .then()
                .statusCode(200);
        assertThat(notices(id)).hasSize(1);
    }

    @Test
    void aNestedPatchMergesArrangementsFieldByField() {
        String project = createProject(aisha);
        Map<String, Object> body = Sessions.body(project, null, "ONLINE", START, END, aisha);
        body.put("arrangements", Map.of("captions", true, "breaks", true, "easyReadMaterials", true));
        String id = create(body).path("id");

        // RFC 7396: only interpretation changes; breaks, captions and easy read stay booked.
        asCoordinator()
                .body(Map.of("arrangements", Map.of("interpretation", List.of("bfi"))))
                .patch("/sessions/" + id)
                .then()
                .statusCode(200)
                .body("arrangements.interpretation", equalTo(List.of("bfi")))
                .body("arrangements.breaks", equalTo(true))
                .body("arrangements.captions", equalTo(true))
                .body("arrangements.easyReadMaterials", equalTo(true))
                .body("arrangements.largePrintMaterials", equalTo(false));

        asCoordinator()
                .contentType("application/merge-patch+json")
                .body(Map.of("arrangements", Map.of("captions", false)))
                .patch("/sessions/" + id)
                .then()
                .statusCode(200)
                .body("arrangements.interpretation", equalTo(List.of("bfi")))
                .body("arrangements.captions", equalTo(false))
                .body("arrangements.breaks", equalTo(true));
    }

    @Test
    void nullInAPatchClearsTheVenueAndTheJoiningLinkAndTellsTheInvitees() {
        String project = createProject(aisha);
        String onlineRoom = createVenue("ONLINE");
        Map<String, Object> body = Sessions.body(project, onlineRoom, "ONLINE", START, END, aisha);
        body.put("joiningLink", "https://meet.example.org/crisis-line");
        body.put("purpose", "Agree dates");
        String id = create(body).path("id");

        Map<String, Object> clear = new java.util.HashMap<>();
        clear.put("venueId", null);
        clear.put("joiningLink", null);
        clear.put("purpose", null);
        asCoordinator()
                .body(clear)
                .patch("/sessions/" + id)
                .then()
                .statusCode(200)
                .body("venue", org.hamcrest.Matchers.nullValue())
                .body("joiningLink", org.hamcrest.Matchers.nullValue())
                .body("purpose", org.hamcrest.Matchers.nullValue())
                .body("title", equalTo("Planning the spring workshops"));

        List<OutboxNotice> notices = notices(id);
        assertThat(notices).hasSize(1);
        // Now nowhere yet: no venue and no link; the notice also says where it was before.
        var now = SessionLifecycleFlowsTest.facts(notices.get(0).sessionFacts);
        assertThat(now.path("venue").isNull()).isTrue();
        assertThat(now.path("joiningLink").isNull()).isTrue();
        var before = SessionLifecycleFlowsTest.facts(notices.get(0).previousFacts);
        assertThat(before.path("venue").isNull() && before.path("joiningLink").isNull())
                .isFalse();
    }

    @Test
    void aPatchCannotRemoveWhatASessionNeeds() {
        String project = createProject(aisha);
        String id = create(Sessions.body(project, null, "ONLINE", START, END, aisha))
                .path("id");
        Map<String, Object> removals = new java.util.HashMap<>();
        removals.put("title", null);
        removals.put("start", null);
        removals.put("invitees", null);

        asCoordinator()
                .body(removals)
                .patch("/sessions/" + id)
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("invitees", "start", "title"));
        asCoordinator().get("/sessions/" + id).then().statusCode(200).header("ETag", "\"0\"");
    }

    @Test
    void participantsServiceDownIs503AndNoSessionIsStored() {
        String project = createProject(aisha);
        long before = Session.count();
        WireMockServers.participants()
                .stubFor(post(urlEqualTo("/participants/lookup"))
                        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        asCoordinator()
                .body(Sessions.body(project, null, "ONLINE", START, END, aisha))
                .post("/sessions")
                .then()
                .statusCode(503)
                .body("type", equalTo("urn:coproduction:problem:dependency-unavailable"))
                .body("detail", containsString("participants-service"));

        assertThat(Session.count()).isEqualTo(before);
    }

    @Test
    void participantsServiceDownWhileMovingIs503AndTheSessionStaysAsItWas() {
        String project = createProject(aisha);
        String id = create(Sessions.body(project, null, "ONLINE", START, END, aisha))
                .path("id");
        WireMockServers.participants()
                .stubFor(post(urlEqualTo("/participants/lookup"))
                        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        asCoordinator()
                .header("If-Match", "\"0\"")
                .body(Map.of("start", "2027-04-05T17:00:00Z", "end", "2027-04-05T18:30:00Z"))
                .patch("/sessions/" + id)
                .then()
                .statusCode(503)
                .body("type", equalTo("urn:coproduction:problem:dependency-unavailable"));

        WireMockServers.resetToDefaults();
        asCoordinator()
                .get("/sessions/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("start", equalTo(START));
        assertThat(notices(id)).isEmpty();
    }

    @Test
    void aBadMoveIsRefusedWithoutAskingParticipantsService() {
        String project = createProject(aisha);
        String id = create(Sessions.body(project, null, "ONLINE", START, END, aisha))
                .path("id");
        WireMockServers.participants().resetRequests();

        asCoordinator()
                .header("If-Match", "\"3\"")
                .body(Map.of("title", "Renamed"))
                .patch("/sessions/" + id)
                .then()
                .statusCode(412);
        asCoordinator()
                .body(Map.of("end", "2027-03-29T16:00:00Z"))
                .patch("/sessions/" + id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("end"));
        asCoordinator()
                .body(Map.of("format", "IN_PERSON"))
                .patch("/sessions/" + id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("venueId"));

        WireMockServers.participants().verify(0, postRequestedFor(urlEqualTo("/participants/lookup")));
    }

    @Test
    void cancellingKeepsANoticeAndCannotHappenTwice() {
        String project = createProject(aisha, ben);
        String id = create(Sessions.body(project, null, "ONLINE", START, END, aisha, ben))
                .path("id");

        asCoordinator()
                .body(Map.of("reason", " "))
                .post("/sessions/" + id + "/cancel")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        asCoordinator()
                .body(Map.of("reason", "The venue is flooded"))
                .post("/sessions/" + id + "/cancel")
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("cancelReason", equalTo("The venue is flooded"));
        asCoordinator()
                .body(Map.of("reason", "Again"))
                .post("/sessions/" + id + "/cancel")
                .then()
                .statusCode(409)
                .body("type", equalTo("urn:coproduction:problem:conflict"));
        asCoordinator()
                .body(Map.of("title", "Too late"))
                .patch("/sessions/" + id)
                .then()
                .statusCode(409);

        List<OutboxNotice> notices = notices(id);
        assertThat(notices).hasSize(1);
        assertThat(notices.get(0).kind).isEqualTo(NoticeKind.SESSION_CANCELLED);
        assertThat(notices.get(0).recipients).containsExactlyInAnyOrder(aisha, ben);
        assertThat(notices.get(0).reason).contains("The venue is flooded");
    }

    @Test
    void theAccessCheckNamesEachUnmetNeedInPlainWords() {
        String venue = createVenue("IN_PERSON");
        String id = create(Sessions.body(createProject(aisha), venue, "IN_PERSON", START, END, aisha, ben))
                .path("id");

        asCoordinator()
                .get("/sessions/" + id + "/access-check")
                .then()
                .statusCode(200)
                .body("ok", equalTo(false))
                .body("gaps", hasSize(2))
                .body(
                        "gaps.detail",
                        containsInAnyOrder(
                                "needs step-free access; the venue has none", "needs a BSL interpreter; none booked"));

        String online = create(Sessions.body(createProject(aisha), null, "ONLINE", START, END, aisha))
                .path("id");
        asCoordinator()
                .body(Map.of("arrangements", Map.of("interpretation", List.of("bfi"))))
                .patch("/sessions/" + online)
                .then()
                .statusCode(200);
        asCoordinator()
                .get("/sessions/" + online + "/access-check")
                .then()
                .statusCode(200)
                .body("ok", equalTo(true))
                .body("gaps", empty());
        asParticipant(aisha).get("/sessions/" + online + "/access-check").then().statusCode(403);
    }

    @Test
    void costsFollowTheConfiguredRatesAndEachPersonsClaims() {
        String venue = createVenue("IN_PERSON", "STEP_FREE_ACCESS");
        String id = create(Sessions.body(createProject(), venue, "IN_PERSON", START, END, aisha, ben))
                .path("id");

        // 90 minutes at 25.00/hour; travel 15.00 flat; childcare 12.00/hour.
        asCoordinator()
                .get("/sessions/" + id + "/costs")
                .then()
                .statusCode(200)
                .body("currency", equalTo("GBP"))
                .body("lines", hasSize(4))
                .body("lines.find { it.participantId == '" + aisha + "' && it.item == 'TIME' }.amount", equalTo(37.50f))
                .body(
                        "lines.find { it.participantId == '" + aisha + "' && it.item == 'TRAVEL' }.amount",
                        equalTo(15.00f))
                .body(
                        "lines.find { it.participantId == '" + ben + "' && it.item == 'TIME' }.paidAs",
                        equalTo("VOUCHERS"))
                .body(
                        "lines.find { it.participantId == '" + ben + "' && it.item == 'CHILDCARE' }.amount",
                        equalTo(18.00f))
                .body("total", equalTo(108.00f))
                .body("vouchersTotal", equalTo(37.50f));
    }

    @Test
    void theCalendarFileIsAValidEventInTheSessionsZoneAndSaysWhenItIsCancelled() throws Exception {
        String venue = createVenue("IN_PERSON", "STEP_FREE_ACCESS");
        Map<String, Object> body = Sessions.body(createProject(aisha), venue, "HYBRID", START, END, aisha);
        body.put("joiningLink", "https://meet.example.org/crisis-line");
        body.put("arrangements", Map.of("interpretation", List.of("bfi"), "captions", true, "breaks", true));
        String id = create(body).path("id");

        String ics = asParticipant(aisha)
                .get("/sessions/" + id + "/calendar.ics")
                .then()
                .statusCode(200)
                .contentType(containsString("text/calendar"))
                .extract()
                .asString();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(calendar.validate().hasErrors()).isFalse();
        assertThat(ics.split("\r\n"))
                .allSatisfy(line -> assertThat(line.getBytes(UTF_8).length).isLessThanOrEqualTo(75));
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded)
                .contains("DTSTART;TZID=Europe/London:20270329T180000")
                .contains("BEGIN:VTIMEZONE")
                .contains("STATUS:CONFIRMED")
                .contains("LOCATION:Community Hub\\, 12 High Street")
                .contains("British Sign Language interpreter\\; live captions\\; regular breaks")
                .contains("https://meet.example.org/crisis-line");

        asCoordinator()
                .body(Map.of("reason", "Snow"))
                .post("/sessions/" + id + "/cancel")
                .then()
                .statusCode(200);
        asService()
                .get("/sessions/" + id + "/calendar.ics")
                .then()
                .statusCode(200)
                .body(containsString("STATUS:CANCELLED"));
        asParticipant(ben).get("/sessions/" + id + "/calendar.ics").then().statusCode(404);
    }

    @Test
    void afterTheSessionItsSummaryActionsAndAttendanceAreRecorded() {
        UUID carol = People.person("Carol").register();
        String project = createProject(aisha, ben, carol);
        String past = create(Sessions.body(
                        project, null, "ONLINE", "2026-01-05T18:00:00Z", "2026-01-05T19:30:00Z", aisha, ben))
                .path("id");
        String future = create(Sessions.body(project, null, "ONLINE", START, END, aisha))
                .path("id");

        Map<String, Object> summary = Map.of(
                "summary",
                "We agreed the topics.",
                "decisions",
                List.of("Workshops on Mondays"),
                "actions",
                List.of(Map.of("description", "Book the room", "ownerId", carol.toString(), "due", "2026-02-01")));
        asCoordinator()
                .body(summary)
                .put("/sessions/" + future + "/summary")
                .then()
                .statusCode(409);
        asCoordinator()
                .body(Map.of(
                        "summary",
                        "x",
                        "actions",
                        List.of(Map.of(
                                "description",
                                "Do it",
                                "ownerId",
                                UUID.randomUUID().toString()))))
                .put("/sessions/" + past + "/summary")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("actions[0].ownerId"));
        asCoordinator()
                .body(summary)
                .put("/sessions/" + past + "/summary")
                .then()
                .statusCode(200)
                .body("decisions", equalTo(List.of("Workshops on Mondays")))
                .body("actions[0].ownerId", equalTo(carol.toString()))
                .body("actions[0].done", equalTo(false));
        asParticipant(aisha)
                .get("/sessions/" + past + "/summary")
                .then()
                .statusCode(200)
                .body("summary", equalTo("We agreed the topics."));

        asCoordinator()
                .body(Map.of("attended", List.of(aisha, carol)))
                .put("/sessions/" + past + "/attendance")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("attended[1]"));
        asCoordinator()
                .body(Map.of("attended", List.of(aisha)))
                .put("/sessions/" + past + "/attendance")
                .then()
                .statusCode(200)
                .body("attended", equalTo(List.of(aisha.toString())));
        asCoordinator().get("/sessions/" + past).then().body("status", equalTo("COMPLETED"));

        asCoordinator()
                .queryParam("from", "2026-01-01T00:00:00Z")
                .queryParam("to", "2026-02-01T00:00:00Z")
                .queryParam("participantId", aisha)
                .get("/contributions")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].sessionsAttended", equalTo(1))
                .body("items[0].hours", equalTo(1.5f));
        asParticipant(aisha)
                .queryParam("from", "2026-01-01T00:00:00Z")
                .queryParam("to", "2026-02-01T00:00:00Z")
                .get("/contributions")
                .then()
                .statusCode(200)
                .body("items[0].participantId", equalTo(aisha.toString()));
        asParticipant(ben)
                .queryParam("from", "2026-01-01T00:00:00Z")
                .queryParam("to", "2026-02-01T00:00:00Z")
                .queryParam("participantId", aisha)
                .get("/contributions")
                .then()
                .statusCode(403);
        asCoordinator()
                .queryParam("from", "2026-02-01T00:00:00Z")
                .queryParam("to", "2026-01-01T00:00:00Z")
                .get("/contributions")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("from"));
    }

    @Test
    void unknownSessionIs404AndAPathThatIsNotAnIdToo() {
        asCoordinator()
                .get("/sessions/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        asCoordinator().get("/sessions/not-an-id").then().statusCode(404).contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.coordinator())
                .get("/sessions/" + UUID.randomUUID() + "/calendar.ics")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    /**
     * The session's notices after the invitation its creation queued (issue 11), oldest first. That invitation is
     * checked to be there, first and alone, so counts of later notices stay exact.
     */
    static List<OutboxNotice> notices(String sessionId) {
        List<OutboxNotice> all = OutboxNotice.list("sessionId = ?1 order by createdAt", UUID.fromString(sessionId));
        assertThat(all).as("the invitation sent when the session was created").isNotEmpty();
        assertThat(all.get(0).kind).isEqualTo(NoticeKind.SESSION_INVITATION);
        return all.subList(1, all.size());
    }
}
