package org.coproduction.sessions.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.coproduction.sessions.support.ApiTest;
import org.coproduction.sessions.support.People;
import org.coproduction.sessions.support.Sessions;
import org.coproduction.sessions.support.WireMockServers;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * SQL statements per request stay the same whether a page holds one item or many, and whether a session has one
 * invitee or many: every list and lookup path reads its page (and each collection of the page) in a fixed number of
 * queries, never one per item (an N+1). Counted from Hibernate's statistics, on in the test profile. One test builds
 * the data once and checks every path, so the class costs one data set, not one per path.
 */
@QuarkusTest
@QuarkusTestResource(WireMockServers.class)
class StatementCountTest extends ApiTest {
    static final int SESSIONS = 6;

    @Inject
    SessionFactory sessionFactory;

    @Test
    void everyListAndLookupReadsAFixedNumberOfStatementsWhateverItsSize() {
        UUID aisha = People.person("Aisha")
                .payment("WANTS_PAYMENT")
                .claims(true, true, false, false)
                .register();
        UUID ben = People.person("Ben").payment("VOUCHERS").register();
        List<UUID> people = new ArrayList<>(List.of(aisha, ben));
        for (int i = 0; i < 4; i++) {
            people.add(People.person("Member " + i).register());
        }
        UUID[] everyone = people.toArray(UUID[]::new);
        String project = createProject(everyone);
        createProject(aisha);
        createProject(ben);
        String venue = createVenue("IN_PERSON", "STEP_FREE_ACCESS", "HEARING_LOOP");
        createVenue("ONLINE", "CAPTIONS");
        createVenue("IN_PERSON", "QUIET_SPACE");
        List<String> sessions = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            String start = "2026-02-0" + (i + 1) + "T18:00:00Z";
            String end = "2026-02-0" + (i + 1) + "T19:30:00Z";
            String id = asCoordinator()
                    .body(Sessions.body(project, venue, "IN_PERSON", start, end, everyone))
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
                            List.of("Mondays", "Plain words"),
                            "actions",
                            List.of(
                                    Map.of("description", "Book the room", "ownerId", aisha.toString()),
                                    Map.of("description", "Write it up", "ownerId", ben.toString()))))
                    .put("/sessions/" + id + "/summary")
                    .then()
                    .statusCode(200);
            asCoordinator()
                    .body(Map.of("attended", people))
                    .put("/sessions/" + id + "/attendance")
                    .then()
                    .statusCode(200);
            sessions.add(id);
        }
        String alone = asCoordinator()
                .body(Sessions.body(project, venue, "IN_PERSON", "2026-03-02T18:00:00Z", "2026-03-02T19:00:00Z", aisha))
                .post("/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        for (int i = 0; i < 3; i++) {
            asCoordinator()
                    .body(Map.of("title", "News " + i, "body", "We booked a room."))
                    .post("/projects/" + project + "/updates")
                    .then()
                    .statusCode(201);
            asCoordinator()
                    .body(Map.of(
                            "title",
                            "Proposal " + i,
                            "text",
                            "Meet on Mondays.",
                            "closesAt",
                            Instant.now().plusSeconds(30 * 86400).toString()))
                    .post("/projects/" + project + "/proposals")
                    .then()
                    .statusCode(201);
        }

        samePerPage("/sessions?projectId=" + project, SESSIONS);
        samePerPage("/sessions?participantId=" + ben, SESSIONS);
        samePerPage("/sessions?projectId=" + project + "&from=2026-01-01T00:00:00Z&to=2026-03-01T00:00:00Z", SESSIONS);
        samePerPage("/projects/" + project + "/updates", 3);
        samePerPage("/projects/" + project + "/proposals", 3);
        // Aisha: time and travel per session; Ben: vouchers; the others decline payment.
        samePerPage("/payments?projectId=" + project, SESSIONS);
        samePerPage("/contributions?from=2026-01-01T00:00:00Z&to=2026-03-01T00:00:00Z&participantId=" + aisha, 1);
        // Lists over the whole database: other test classes' rows are there too, so only "at least" is known.
        samePerPage("/projects", 3);
        samePerPage("/venues", 3);

        // Lookups: a session with six invitees (answers, actions, attendance) reads as many statements as one with
        // one invitee and nothing recorded.
        assertThat(statements(() -> asCoordinator().get("/sessions/" + sessions.get(0))))
                .isEqualTo(statements(() -> asCoordinator().get("/sessions/" + alone)));
        assertThat(statements(() -> asCoordinator().get("/sessions/" + sessions.get(0) + "/summary")))
                .isEqualTo(statements(() -> asCoordinator().get("/sessions/" + sessions.get(1) + "/summary")));
        String small = createProject(aisha);
        assertThat(statements(() -> asCoordinator().get("/projects/" + project)))
                .isEqualTo(statements(() -> asCoordinator().get("/projects/" + small)));
    }

    /** The page of one and the page of {@code many} items read the same number of statements. */
    void samePerPage(String path, int many) {
        String joiner = path.contains("?") ? "&" : "?";
        long one = statements(path + joiner + "size=1", 1);
        long full = statements(path + joiner + "size=" + many, many);
        assertThat(full).as("statements for %s, %d items against 1", path, many).isEqualTo(one);
    }

    long statements(String path, int items) {
        return statements(() -> {
            var response = asCoordinator().get(path);
            response.then().statusCode(200).body("items", hasSize(items));
            return response;
        });
    }

    /**
     * The fewest statements of two runs after a warm one (anything read once per run, such as caches, is not counted).
     * The statistics are global: a request another test left running on a slow machine can add to one run, never take
     * away, while an N+1 shows in every run.
     */
    long statements(Supplier<?> request) {
        request.get();
        long fewest = Long.MAX_VALUE;
        for (int run = 0; run < 2; run++) {
            sessionFactory.getStatistics().clear();
            Object response = request.get();
            if (response instanceof io.restassured.response.Response r) {
                r.then().statusCode(200);
            }
            fewest = Math.min(fewest, sessionFactory.getStatistics().getPrepareStatementCount());
        }
        return fewest;
    }
}
