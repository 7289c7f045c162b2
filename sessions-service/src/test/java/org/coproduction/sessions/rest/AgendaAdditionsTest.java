package org.coproduction.sessions.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.sessions.support.ApiTest;
import org.coproduction.sessions.support.People;
import org.coproduction.sessions.support.Sessions;
import org.coproduction.sessions.support.WireMockServers;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: agendas name each person's projects (purpose and members), the sessions they attended, and their answer
 * to each upcoming invitation; notifications-service's reminder job lists sessions with a service token.
 */
@QuarkusTest
@QuarkusTestResource(WireMockServers.class)
class AgendaAdditionsTest extends ApiTest {
    final UUID aisha = People.person("Aisha").register();
    final UUID ben = People.person("Ben").register();

    String session(String project, String start, String end, UUID... invitees) {
        return asCoordinator()
                .body(Sessions.body(project, null, "ONLINE", start, end, invitees))
                .post("/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void eachProjectWithItsPurposeAndAtMostFiftyMembers() {
        List<UUID> many = new ArrayList<>(List.of(aisha));
        for (int i = 0; i < 54; i++) {
            many.add(People.person("Member" + i).register());
        }
        String big = createProject(many.toArray(UUID[]::new));
        String small = createProject(aisha, ben);
        List<String> all = many.stream().map(UUID::toString).toList();

        asService()
                .body(Map.of("participantIds", List.of(aisha, ben), "since", "2026-01-01T00:00:00Z"))
                .post("/agendas")
                .then()
                .statusCode(200)
                .body("items[0].projects", hasSize(2))
                .body("items[0].projects.projectId", org.hamcrest.Matchers.containsInAnyOrder(big, small))
                .body("items[0].projects[0].name", equalTo("Crisis line redesign"))
                .body("items[0].projects[0].purpose", equalTo("Redesign it together"))
                .body("items[0].projects.find { it.projectId == '" + big + "' }.memberIds", hasSize(50))
                .body("items[0].projects.find { it.projectId == '" + big + "' }.memberIds", everyItem(in(all)))
                .body("items[0].projects.find { it.projectId == '" + small + "' }.memberIds", hasSize(2))
                .body("items[1].projects", hasSize(1))
                .body("items[1].projects[0].memberIds", hasItem(ben.toString()));
    }

    @Test
    void theSessionsTheyAttendedOldestFirstAndTheirAnswerToEachInvitation() {
        String project = createProject(aisha, ben);
        Instant now = Instant.now();
        String earlier = session(
                project,
                now.minusSeconds(7200).toString(),
                now.minusSeconds(5400).toString(),
                aisha,
                ben);
        String later = session(
                project,
                now.minusSeconds(3600).toString(),
                now.minusSeconds(1800).toString(),
                aisha);
        for (String s : List.of(later, earlier)) {
            asCoordinator()
                    .body(Map.of("attended", List.of(aisha)))
                    .put("/sessions/" + s + "/attendance")
                    .then()
                    .statusCode(200);
        }
        String coming = session(project, "2027-03-29T17:00:00Z", "2027-03-29T18:30:00Z", aisha, ben);
        asParticipant(aisha)
                .body(Map.of("answer", "NOT_COMING", "reason", "Away"))
                .put("/sessions/" + coming + "/answers/" + aisha)
                .then()
                .statusCode(200);

        asService()
                .body(Map.of(
                        "participantIds",
                        List.of(aisha, ben),
                        "since",
                        now.minusSeconds(3 * 3600).toString()))
                .post("/agendas")
                .then()
                .statusCode(200)
                .body("items[0].contributions.sessionsAttended", equalTo(2))
                .body("items[0].contributions.hours", equalTo(1.0f))
                .body("items[0].contributions.attended", hasSize(2))
                .body("items[0].contributions.attended[0].sessionId", equalTo(earlier))
                .body("items[0].contributions.attended[0].title", equalTo("Planning the spring workshops"))
                .body("items[0].contributions.attended[0].timeZone", equalTo("Europe/London"))
                .body("items[0].contributions.attended[0].hours", equalTo(0.5f))
                .body("items[0].contributions.attended[1].sessionId", equalTo(later))
                .body("items[0].upcomingSessions[0].sessionId", equalTo(coming))
                .body("items[0].upcomingSessions[0].answer", equalTo("NOT_COMING"))
                .body("items[1].upcomingSessions[0].answer", nullValue())
                .body("items[1].contributions.attended", hasSize(0));
    }

    @Test
    void aServiceListsSessionsInARangeWithTheirInviteesTypeAndStatus() {
        String project = createProject(aisha, ben);
        String id = session(project, "2031-06-02T17:00:00Z", "2031-06-02T18:00:00Z", aisha, ben);
        session(project, "2031-06-09T17:00:00Z", "2031-06-09T18:00:00Z", aisha);

        asService()
                .queryParam("from", "2031-06-01T00:00:00Z")
                .queryParam("to", "2031-06-03T00:00:00Z")
                .get("/sessions")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(id))
                .body("items[0].type", equalTo("MEETING"))
                .body("items[0].status", equalTo("SCHEDULED"))
                .body("items[0].invitees", org.hamcrest.Matchers.containsInAnyOrder(aisha.toString(), ben.toString()))
                .body("items[0].answers", hasSize(2));
    }
}
