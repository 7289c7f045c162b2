package org.coproduction.sessions.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.sessions.support.ApiTest;
import org.coproduction.sessions.support.People;
import org.coproduction.sessions.support.Sessions;
import org.coproduction.sessions.support.WireMockServers;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(WireMockServers.class)
class AgendaResourceTest extends ApiTest {
    @Inject
    SessionFactory sessionFactory;

    @Test
    void gathersEverythingADigestNeedsInTheAgreedShape() {
        UUID aisha = People.person("Aisha").register();
        UUID ben = People.person("Ben").register();
        // Contributions count sessions that started since `since`: the past session started two hours ago.
        Instant since = Instant.now().minusSeconds(3 * 3600);
        String project = createProject(aisha, ben);
        String upcoming = asCoordinator()
                .body(Sessions.body(project, null, "ONLINE", "2027-03-29T17:00:00Z", "2027-03-29T18:30:00Z", aisha))
                .post("/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String past = asCoordinator()
                .body(Sessions.body(
                        project,
                        null,
                        "ONLINE",
                        Instant.now().minusSeconds(7200).toString(),
                        Instant.now().minusSeconds(3600).toString(),
                        aisha,
                        ben))
                .post("/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        asCoordinator()
                .body(Map.of(
                        "summary",
                        "We agreed the topics.",
                        "decisions",
                        List.of("Mondays"),
                        "actions",
                        List.of(
                                Map.of("description", "Book the room", "ownerId", ben.toString(), "due", "2027-01-10"),
                                Map.of("description", "Done already", "ownerId", ben.toString(), "done", true))))
                .put("/sessions/" + past + "/summary")
                .then()
                .statusCode(200);
        asCoordinator()
                .body(Map.of("attended", List.of(aisha)))
                .put("/sessions/" + past + "/attendance")
                .then()
                .statusCode(200);
        asCoordinator()
                .body(Map.of("title", "Room booked", "body", "We booked a room."))
                .post("/projects/" + project + "/updates")
                .then()
                .statusCode(201);
        UUID stranger = UUID.randomUUID();

        asService()
                .body(Map.of("participantIds", List.of(aisha, ben, stranger), "since", since.toString()))
                .post("/agendas")
                .then()
                .statusCode(200)
                .body("items", hasSize(3))
                .body("items[0].participantId", equalTo(aisha.toString()))
                .body("items[0].upcomingSessions", hasSize(1))
                .body("items[0].upcomingSessions[0].sessionId", equalTo(upcoming))
                .body("items[0].upcomingSessions[0].projectName", equalTo("Crisis line redesign"))
                .body("items[0].upcomingSessions[0].timeZone", equalTo("Europe/London"))
                .body("items[0].upcomingSessions[0].venue", equalTo(null))
                .body("items[0].upcomingSessions[0].arrangements.captions", equalTo(false))
                .body("items[0].summaries[0].sessionId", equalTo(past))
                .body("items[0].summaries[0].decisions", equalTo(List.of("Mondays")))
                .body("items[0].summaries[0].actions", hasSize(2))
                .body("items[0].openActions", empty())
                .body("items[0].projectUpdates[0].title", equalTo("Room booked"))
                .body("items[0].contributions.sessionsAttended", equalTo(1))
                .body("items[0].contributions.hours", equalTo(1.0f))
                .body("items[1].upcomingSessions", empty())
                .body("items[1].openActions", hasSize(1))
                .body("items[1].openActions[0].description", equalTo("Book the room"))
                .body("items[1].openActions[0].sessionTitle", equalTo("Planning the spring workshops"))
                .body("items[1].openActions[0].due", equalTo("2027-01-10"))
                .body("items[1].contributions.sessionsAttended", equalTo(0))
                .body("items[2].participantId", equalTo(stranger.toString()))
                .body("items[2].upcomingSessions", empty())
                .body("items[2].projectUpdates", empty());
    }

    @Test
    void theNumberOfQueriesDoesNotGrowWithThePeopleAskedFor() {
        long few = statementsFor(agendaPeople(3));
        long many = statementsFor(agendaPeople(60));

        assertThat(many).isEqualTo(few);
        // 12, and since issue 14 two more: the upcoming sessions' training topics, and the upcoming training that
        // training suggestions are matched against; since issue 15 two more: proposals decided and still open.
        assertThat(many).isLessThanOrEqualTo(16);
    }

    @Test
    void aParticipantMayAskOnlyForTheirOwnAgenda() {
        UUID aisha = People.person("Aisha").register();
        asParticipant(aisha)
                .body(Map.of("participantIds", List.of(aisha), "since", "2026-01-01T00:00:00Z"))
                .post("/agendas")
                .then()
                .statusCode(200)
                .body("items", hasSize(1));
        asParticipant(aisha)
                .body(Map.of("participantIds", List.of(aisha, UUID.randomUUID()), "since", "2026-01-01T00:00:00Z"))
                .post("/agendas")
                .then()
                .statusCode(403);
    }

    @Test
    void badRequestsAre400() {
        List<UUID> tooMany = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            tooMany.add(UUID.randomUUID());
        }
        asService()
                .body(Map.of("participantIds", tooMany, "since", "2026-01-01T00:00:00Z"))
                .post("/agendas")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("participantIds"));
        asService()
                .body(Map.of("participantIds", List.of()))
                .post("/agendas")
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("participantIds", "since")));
    }

    /** Each person invited to two sessions with summaries and actions, member of a project with an update. */
    List<UUID> agendaPeople(int count) {
        List<UUID> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            people.add(People.person("P" + i).register());
        }
        String project = createProject(people.toArray(UUID[]::new));
        for (int s = 0; s < 2; s++) {
            String id = asCoordinator()
                    .body(Sessions.body(
                            project,
                            null,
                            "ONLINE",
                            Instant.now().minusSeconds(7200).toString(),
                            Instant.now().minusSeconds(3600).toString(),
                            people.toArray(UUID[]::new)))
                    .post("/sessions")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            asCoordinator()
                    .body(Map.of(
                            "summary",
                            "Notes",
                            "decisions",
                            List.of("One", "Two"),
                            "actions",
                            List.of(Map.of(
                                    "description",
                                    "Act",
                                    "ownerId",
                                    people.get(0).toString()))))
                    .put("/sessions/" + id + "/summary")
                    .then()
                    .statusCode(200);
            asCoordinator()
                    .body(Map.of("attended", people))
                    .put("/sessions/" + id + "/attendance")
                    .then()
                    .statusCode(200);
            asCoordinator()
                    .body(Sessions.body(
                            project,
                            null,
                            "ONLINE",
                            "2027-03-29T17:00:00Z",
                            "2027-03-29T18:30:00Z",
                            people.toArray(UUID[]::new)))
                    .post("/sessions")
                    .then()
                    .statusCode(201);
        }
        asCoordinator()
                .body(Map.of("title", "News", "body", "Some news."))
                .post("/projects/" + project + "/updates")
                .then()
                .statusCode(201);
        // One proposal decided (closed on read past its closing time) and one still open.
        for (int i = 0; i < 2; i++) {
            String proposal = asCoordinator()
                    .body(Map.of(
                            "title",
                            "Proposal " + i,
                            "text",
                            "Text",
                            "closesAt",
                            Instant.now().plusSeconds(30 * 86400).toString()))
                    .post("/projects/" + project + "/proposals")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            if (i == 0) {
                ProposalFlowsTest.closingTimePassed(proposal);
                asCoordinator().get("/proposals/" + proposal).then().body("status", equalTo("CLOSED"));
            }
        }
        return people;
    }

    long statementsFor(List<UUID> people) {
        sessionFactory.getStatistics().clear();
        asService()
                .body(Map.of("participantIds", people, "since", "2026-01-01T00:00:00Z"))
                .post("/agendas")
                .then()
                .statusCode(200)
                .body("items", hasSize(people.size()))
                .body("items[0].upcomingSessions", hasSize(2))
                .body("items[0].summaries", hasSize(2))
                .body("items[0].decidedProposals", hasSize(1))
                .body("items[0].openProposals", hasSize(1));
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }
}
