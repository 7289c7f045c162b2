package org.coproduction.sessions.service;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.sessions.domain.NoticeKind;
import org.coproduction.sessions.domain.OutboxNotice;
import org.coproduction.sessions.domain.engagement.CheckIn;
import org.coproduction.sessions.support.ApiTest;
import org.coproduction.sessions.support.People;
import org.coproduction.sessions.support.Sessions;
import org.coproduction.sessions.support.WireMockServers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The weekly engagement job (issue 14): a summary to a project's coordinators once per ISO week, a check-in to each
 * drifting person once per check-in period, both queued through the outbox with the row that records them.
 */
@QuarkusTest
@QuarkusTestResource(WireMockServers.class)
class EngagementRunTest extends ApiTest {
    @Inject
    OutboxDispatcher dispatcher;

    final UUID carol = People.person("Carol").role("COORDINATOR").register();
    final UUID aisha = People.person("Aisha").register();
    final UUID pia = People.person("Pia").status("PAUSED").register();
    final UUID ben = People.person("Ben").register();

    /** Whatever earlier tests left drifting is handled first, so each test here counts only its own people. */
    @BeforeEach
    void earlierDriftHandled() {
        asCoordinator().post("/engagement/runs").then().statusCode(200);
        for (int batches = 0; batches < 1000 && dispatcher.dispatchDue() > 0; batches++) {
            // each batch is capped; keep going until nothing is due
        }
        WireMockServers.notifications().resetRequests();
    }

    /** Aisha and Pia missed the last three sessions (one, two and three weeks ago); Ben came to them all. */
    String projectWithDrift(UUID... coordinators) {
        Map<String, Object> body = Map.of(
                "name", "Crisis line", "memberIds", List.of(aisha, pia, ben), "coordinatorIds", List.of(coordinators));
        String project = asCoordinator()
                .body(body)
                .post("/projects")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        for (int daysAgo : List.of(21, 14, 7)) {
            String day = LocalDate.now(ZoneOffset.UTC).minusDays(daysAgo).toString();
            String session = asCoordinator()
                    .body(Sessions.body(
                            project, null, "ONLINE", day + "T17:00:00Z", day + "T18:00:00Z", aisha, pia, ben))
                    .post("/sessions")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            asCoordinator()
                    .body(Map.of("attended", List.of(ben)))
                    .put("/sessions/" + session + "/attendance")
                    .then()
                    .statusCode(200);
        }
        return project;
    }

    @Test
    void runningTwiceInAWeekSendsOneSummaryAndOneCheckIn() {
        String project = projectWithDrift(carol);

        asCoordinator()
                .post("/engagement/runs")
                .then()
                .statusCode(200)
                .body("summaries", org.hamcrest.Matchers.equalTo(1))
                .body("checkIns", org.hamcrest.Matchers.equalTo(1));
        asCoordinator()
                .post("/engagement/runs")
                .then()
                .statusCode(200)
                .body("summaries", org.hamcrest.Matchers.equalTo(0))
                .body("checkIns", org.hamcrest.Matchers.equalTo(0));

        assertThat(noticesTo(carol, NoticeKind.ENGAGEMENT_SUMMARY)).hasSize(1);
        assertThat(noticesTo(aisha, NoticeKind.CHECK_IN)).hasSize(1);
        assertThat(checkInsOf(aisha)).isEqualTo(1);
        dispatcher.dispatchDue();
        WireMockServers.notifications()
                .verify(
                        1,
                        postRequestedFor(urlEqualTo("/notices"))
                                .withRequestBody(matchingJsonPath("$.kind", equalTo("ENGAGEMENT_SUMMARY")))
                                .withRequestBody(matchingJsonPath("$.participantIds[0]", equalTo(carol.toString())))
                                .withRequestBody(matchingJsonPath("$.engagement.projectId", equalTo(project)))
                                .withRequestBody(matchingJsonPath("$.engagement.projectName", equalTo("Crisis line")))
                                .withRequestBody(matchingJsonPath(
                                        "$.engagement.people[0].participantId", equalTo(aisha.toString())))
                                .withRequestBody(matchingJsonPath(
                                        "$.engagement.people[0].reasons[0].code", equalTo("MISSED_SESSIONS")))
                                .withRequestBody(
                                        matchingJsonPath("$.engagement.people[0].reasons[0].count", equalTo("3")))
                                .withRequestBody(matchingJsonPath("$.engagement.people.length()", equalTo("1"))));
        WireMockServers.notifications()
                .verify(
                        1,
                        postRequestedFor(urlEqualTo("/notices"))
                                .withRequestBody(matchingJsonPath("$.kind", equalTo("CHECK_IN")))
                                .withRequestBody(matchingJsonPath("$.participantIds[0]", equalTo(aisha.toString()))));
        asCoordinator()
                .queryParam("projectId", project)
                .get("/engagement")
                .then()
                .statusCode(200)
                .body("items[0].participantId", org.hamcrest.Matchers.equalTo(aisha.toString()))
                .body("items[0].lastCheckInAt", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void aPausedPersonGetsNoCheckInAndIsNotInTheSummary() {
        projectWithDrift(carol);

        asCoordinator().post("/engagement/runs").then().statusCode(200);

        assertThat(noticesTo(pia, NoticeKind.CHECK_IN)).isEmpty();
        assertThat(checkInsOf(pia)).isZero();
        assertThat(noticesTo(carol, NoticeKind.ENGAGEMENT_SUMMARY))
                .singleElement()
                .satisfies(n -> assertThat(n.engagementFacts)
                        .contains(aisha.toString())
                        .doesNotContain(pia.toString())
                        .doesNotContain(ben.toString()));
    }

    @Test
    void aProjectWithoutCoordinatorsSendsNoSummaryButStillChecksIn() {
        projectWithDrift();

        asCoordinator()
                .post("/engagement/runs")
                .then()
                .statusCode(200)
                .body("summaries", org.hamcrest.Matchers.equalTo(0))
                .body("checkIns", org.hamcrest.Matchers.equalTo(1));

        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> OutboxNotice.count(
                                "kind = ?1 and engagementFacts like ?2",
                                NoticeKind.ENGAGEMENT_SUMMARY,
                                "%" + aisha + "%")))
                .isZero();
        assertThat(noticesTo(aisha, NoticeKind.CHECK_IN)).hasSize(1);
    }

    @Test
    void oneCheckInPerPersonWhateverTheirProjects() {
        projectWithDrift(carol);
        projectWithDrift(carol);

        asCoordinator()
                .post("/engagement/runs")
                .then()
                .statusCode(200)
                .body("summaries", org.hamcrest.Matchers.equalTo(2))
                .body("checkIns", org.hamcrest.Matchers.equalTo(1));
        assertThat(noticesTo(aisha, NoticeKind.CHECK_IN)).hasSize(1);
    }

    @Test
    void theIsoWeekNamesYearAndWeek() {
        assertThat(EngagementService.isoWeek(java.time.Instant.parse("2026-11-27T12:00:00Z")))
                .isEqualTo("2026-W48");
        // 1 January 2027 is a Friday: still in the last ISO week of 2026.
        assertThat(EngagementService.isoWeek(java.time.Instant.parse("2027-01-01T12:00:00Z")))
                .isEqualTo("2026-W53");
    }

    static List<OutboxNotice> noticesTo(UUID person, NoticeKind kind) {
        return QuarkusTransaction.requiringNew()
                .call(() -> OutboxNotice.<OutboxNotice>list(
                        "select n from OutboxNotice n join n.recipients r where r = ?1 and n.kind = ?2", person, kind));
    }

    static long checkInsOf(UUID person) {
        return QuarkusTransaction.requiringNew().call(() -> CheckIn.count("participantId", person));
    }
}
