package org.coproduction.sessions.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.http.Fault;
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

/** GET /engagement (issue 14): who seems to be drifting away from a project, and why, in words. */
@QuarkusTest
@QuarkusTestResource(WireMockServers.class)
class EngagementFlowsTest extends ApiTest {
    final UUID aisha =
            People.person("Aisha").lastPortalVisit("2026-11-02T00:00:00Z").register();
    final UUID ben = People.person("Ben").register();
    final UUID pia = People.person("Pia").status("PAUSED").register();

    /** Three, two and one week ago: fewer than the 8 quiet weeks whenever the test runs. */
    static final List<String> LAST_THREE_WEEKS = java.util.stream.Stream.of(21, 14, 7)
            .map(days -> java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                    .minusDays(days)
                    .toString())
            .toList();

    /** Three ended sessions: Ben came to the last one; Aisha and Pia came to none. */
    String projectWhereAishaMissedThree() {
        String project = createProject(aisha, ben, pia);
        for (String day : LAST_THREE_WEEKS) {
            String session = ended(project, day, aisha, ben, pia);
            attended(session, day.equals(LAST_THREE_WEEKS.get(2)) ? List.of(ben) : List.of());
        }
        return project;
    }

    static String ended(String project, String day, UUID... invitees) {
        return asCoordinator()
                .body(Sessions.body(project, null, "ONLINE", day + "T17:00:00Z", day + "T18:00:00Z", invitees))
                .post("/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static void attended(String session, List<UUID> who) {
        asCoordinator()
                .body(Map.of("attended", who))
                .put("/sessions/" + session + "/attendance")
                .then()
                .statusCode(200);
    }

    @Test
    void aMemberWhoMissedThreeSessionsIsDriftingAndListedFirst() {
        String project = projectWhereAishaMissedThree();

        asCoordinator()
                .queryParam("projectId", project)
                .get("/engagement")
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("items[0].participantId", equalTo(aisha.toString()))
                .body("items[0].status", equalTo("ACTIVE"))
                .body("items[0].onBreak", equalTo(false))
                .body("items[0].missedInARow", equalTo(3))
                .body("items[0].unansweredInARow", equalTo(3))
                .body("items[0].lastAttendedAt", nullValue())
                .body("items[0].lastPortalVisitAt", equalTo("2026-11-02T00:00:00Z"))
                .body("items[0].lastCheckInAt", nullValue())
                .body("items[0].reasons.code", equalTo(List.of("MISSED_SESSIONS", "UNANSWERED_INVITATIONS")))
                .body("items[0].reasons[0].count", equalTo(3))
                .body("items[0].reasons[0].text", equalTo("not at the last 3 sessions"))
                .body("items[0].reasons[1].text", equalTo("last 3 invitations not answered"));
    }

    @Test
    void aPausedMemberIsOnABreakWithNoReasons() {
        String project = projectWhereAishaMissedThree();

        asCoordinator()
                .queryParam("projectId", project)
                .queryParam("drifting", "false")
                .get("/engagement")
                .then()
                .statusCode(200)
                // Longest since they last came first: Pia never came.
                .body("items.participantId", equalTo(List.of(pia.toString(), ben.toString())))
                .body("items[0].status", equalTo("PAUSED"))
                .body("items[0].onBreak", equalTo(true))
                .body("items[0].missedInARow", equalTo(3))
                .body("items[0].reasons", empty())
                .body("items[1].lastAttendedAt", equalTo(LAST_THREE_WEEKS.get(2) + "T17:00:00Z"))
                .body("items[1].reasons", empty());
        asCoordinator()
                .queryParam("projectId", project)
                .queryParam("drifting", "true")
                .get("/engagement")
                .then()
                .statusCode(200)
                .body("items.participantId", equalTo(List.of(aisha.toString())));
    }

    @Test
    void aCancelledSessionAndOneNotYetOverAreLeftOut() {
        String project = createProject(aisha);
        String came = ended(project, "2026-10-05", aisha);
        attended(came, List.of(aisha));
        String cancelled = ended(project, "2026-10-12", aisha);
        asCoordinator()
                .body(Map.of("reason", "The room flooded."))
                .post("/sessions/" + cancelled + "/cancel")
                .then()
                .statusCode(200);
        ended(project, "2030-10-19", aisha);

        asCoordinator()
                .queryParam("projectId", project)
                .get("/engagement")
                .then()
                .statusCode(200)
                .body("items[0].missedInARow", equalTo(0))
                .body("items[0].unansweredInARow", equalTo(0))
                .body("items[0].lastAttendedAt", equalTo("2026-10-05T17:00:00Z"));
    }

    @Test
    void itIsPaged() {
        String project = projectWhereAishaMissedThree();
        asCoordinator()
                .queryParam("projectId", project)
                .queryParam("page", "1")
                .queryParam("size", "2")
                .get("/engagement")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("page", equalTo(1))
                .body("size", equalTo(2))
                .body("total", equalTo(3));
    }

    @Test
    void projectIdIsRequiredAndParametersAreChecked() {
        Problems.assertInvalidFields(asCoordinator().get("/engagement"), "projectId");
        Problems.assertInvalidFields(
                asCoordinator()
                        .queryParam("projectId", "nope")
                        .queryParam("drifting", "yes")
                        .queryParam("size", "201")
                        .get("/engagement"),
                "projectId",
                "drifting",
                "size");
    }

    @Test
    void anUnknownProjectIs404() {
        Problems.assertProblem(
                asCoordinator().queryParam("projectId", UUID.randomUUID()).get("/engagement"), 404, "not-found");
    }

    @Test
    void participantsServiceDownIs503() {
        String project = createProject(aisha);
        WireMockServers.participants()
                .stubFor(post(urlEqualTo("/participants/lookup"))
                        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        Problems.assertProblem(
                asCoordinator().queryParam("projectId", project).get("/engagement"), 503, "dependency-unavailable");
    }

    @Test
    void onlyCoordinatorsSeeIt() {
        String project = createProject(aisha);
        Problems.assertProblem(
                asParticipant(aisha).queryParam("projectId", project).get("/engagement"), 403, "forbidden");
        Problems.assertProblem(asParticipant(aisha).post("/engagement/runs"), 403, "forbidden");
    }
}
