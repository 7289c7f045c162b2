package org.coproduction.suite;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.coproduction.platform.testing.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 10's "Done when" on the three real jars: a person who was a member, an invitee, an attendee, an action owner
 * and a digest recipient asks for everything held on them (the export lists each of those items, from all three
 * services), then is erased while sessions-service is down. Once it is back, no database holds their id, name or
 * address, their project still plans sessions, and their old token is refused everywhere.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ErasureIT {

    static SuiteEnvironment suite;
    static People.Person leaving;
    static String leavingPhone;
    static String leavingStreet;
    static UUID leavingId;
    static String leavingToken;
    static UUID stayingA;
    static UUID stayingB;
    static UUID projectId;
    static UUID upcomingId;
    static UUID pastId;

    @BeforeAll
    static void startSuite() throws Exception {
        suite = SuiteEnvironment.get();
    }

    static RequestSpecification as(String token, ServiceProcess service) {
        return given().baseUri(service.url()).auth().oauth2(token).contentType(ContentType.JSON);
    }

    static RequestSpecification coordinator(ServiceProcess service) {
        return as(TestTokens.coordinator(), service);
    }

    static UUID register(People.Person person) {
        return UUID.fromString(coordinator(suite.participants)
                .body(person.body)
                .post("/participants")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }

    @Test
    @Order(1)
    void aPersonTakesPartInEveryWay() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        // A phone number and a street line no one else has, to search every database for after the erasure.
        leavingPhone = "+44 (0)1872 " + String.format("%06d", Math.floorMod(unique.hashCode(), 1_000_000));
        leavingStreet = "Flat " + unique + ", 9 Lemon Street";
        leaving = new People.Person("leaving" + unique, "Morwenna Trelawny-" + unique, "Morwenna", "LIVED_EXPERIENCE")
                .phone(leavingPhone)
                .postalAddress(List.of(leavingStreet, "Truro"), "TR1 2AB")
                .needs("STEP_FREE_ACCESS")
                .available("18:00", "21:00");
        leavingId = register(leaving);
        leavingToken = TestTokens.participant(leavingId);
        stayingA = register(new People.Person("stayA" + unique, "Staying A", "A", "LIVED_EXPERIENCE"));
        stayingB = register(new People.Person("stayB" + unique, "Staying B", "B", "PRACTITIONER"));

        projectId = UUID.fromString(coordinator(suite.sessions)
                .body(Map.of("name", "Erasure project " + unique, "memberIds", List.of(leavingId, stayingA, stayingB)))
                .post("/projects")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
        upcomingId = session("2027-05-03T18:00:00Z", "2027-05-03T19:00:00Z", "Spring planning " + unique);
        pastId = session("2026-11-16T18:00:00Z", "2026-11-16T19:00:00Z", "Looking back " + unique);
        coordinator(suite.sessions)
                .body(Map.of("attended", List.of(leavingId, stayingA)))
                .put("/sessions/" + pastId + "/attendance")
                .then()
                .statusCode(200);
        coordinator(suite.sessions)
                .body(Map.of(
                        "summary",
                        "We agreed the next steps.",
                        "decisions",
                        List.of("Meet monthly"),
                        "actions",
                        List.of(Map.of("description", "Write up the stories " + unique, "ownerId", leavingId))))
                .put("/sessions/" + pastId + "/summary")
                .then()
                .statusCode(200);

        String runId = coordinator(suite.notifications)
                .body(Map.of("participantIds", List.of(leavingId), "force", true))
                .post("/digests/runs")
                .then()
                .statusCode(202)
                .extract()
                .path("id");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> "COMPLETED"
                        .equals(coordinator(suite.notifications)
                                .get("/digests/runs/" + runId)
                                .then()
                                .extract()
                                .path("status")));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> !Mailbox.to(Mailbox.read(suite.smtp.received()), leaving.email())
                        .isEmpty());
    }

    static UUID session(String start, String end, String title) {
        return session(start, end, title, List.of(leavingId, stayingA, stayingB));
    }

    static UUID session(String start, String end, String title, List<UUID> invitees) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "projectId",
                projectId,
                "title",
                title,
                "type",
                "MEETING",
                "format",
                "ONLINE",
                "joiningLink",
                "https://meet.example.org/room",
                "start",
                start,
                "end",
                end,
                "timeZone",
                "Europe/London",
                "invitees",
                invitees));
        return UUID.fromString(coordinator(suite.sessions)
                .body(body)
                .post("/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }

    @Test
    @Order(2)
    void theirExportListsEveryItemTheStoryCreatedForThem() {
        JsonPath export = as(leavingToken, suite.participants)
                .get("/participants/" + leavingId + "/export")
                .then()
                .statusCode(200)
                .header("Cache-Control", org.hamcrest.Matchers.containsString("no-store"))
                .extract()
                .jsonPath();
        assertThat(export.getString("participant.id")).isEqualTo(leavingId.toString());
        assertThat(export.getString("participant.email")).isEqualTo(leaving.email());
        assertThat(export.getString("participant.phone")).isEqualTo(leavingPhone);
        assertThat(export.getList("participant.postalAddress.lines", String.class))
                .containsExactly(leavingStreet, "Truro");
        assertThat(export.getList("consentHistory")).isNotEmpty();
        assertThat(export.getList("sessions.memberships.projectId", String.class))
                .contains(projectId.toString());
        assertThat(export.getList("sessions.invitations.sessionId", String.class))
                .contains(upcomingId.toString(), pastId.toString());
        assertThat(export.getList("sessions.attendance.sessionId", String.class))
                .contains(pastId.toString());
        assertThat(export.getList("sessions.actions.description", String.class))
                .anySatisfy(d -> assertThat(d).startsWith("Write up the stories"));
        assertThat(export.getList("notifications.deliveries.kind", String.class))
                .contains("DIGEST");

        // The search used after the erasure finds them now, in every database: so its silence later means something.
        try {
            assertThat(dump(SuiteEnvironment.PARTICIPANTS_DB))
                    .contains(leavingId.toString(), leaving.email(), leavingPhone, leavingStreet);
            assertThat(dump(SuiteEnvironment.SESSIONS_DB)).contains(leavingId.toString());
            assertThat(dump(SuiteEnvironment.NOTIFICATIONS_DB)).contains(leavingId.toString());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }

        // Someone else's export is not theirs to read.
        as(TestTokens.participant(stayingA), suite.participants)
                .get("/participants/" + leavingId + "/export")
                .then()
                .statusCode(403);
    }

    @Test
    @Order(3)
    void erasedWhileSessionsServiceIsDownAndFinishedWhenItComesBack() throws Exception {
        as(leavingToken, suite.sessions)
                .get("/sessions?participantId=" + leavingId)
                .then()
                .statusCode(200);
        suite.sessions.stop();
        try {
            coordinator(suite.participants)
                    .delete("/participants/" + leavingId)
                    .then()
                    .statusCode(204);
            // Refused at once where the erasure has happened...
            as(leavingToken, suite.participants)
                    .get("/participants/" + leavingId)
                    .then()
                    .statusCode(401);
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> as(leavingToken, suite.notifications)
                                    .get("/digests/preview/" + leavingId)
                                    .statusCode()
                            == 401);
        } finally {
            suite.sessions.start();
            suite.sessions.awaitReady(Duration.ofSeconds(120));
        }
        // ...and where it was waiting, once that service is back.
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> as(leavingToken, suite.sessions)
                                .get("/sessions?participantId=" + leavingId)
                                .statusCode()
                        == 401);
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> !coordinator(suite.sessions)
                        .get("/projects/" + projectId)
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("memberIds", String.class)
                        .contains(leavingId.toString()));
    }

    @Test
    @Order(4)
    void theirProjectStillPlansSessionsForEveryoneElse() {
        coordinator(suite.sessions)
                .body(Map.of(
                        "participantIds",
                        List.of(stayingA, stayingB),
                        "from",
                        "2027-06-07T00:00:00Z",
                        "to",
                        "2027-06-08T00:00:00Z",
                        "durationMinutes",
                        60))
                .post("/slot-search")
                .then()
                .statusCode(200);
        session("2027-06-07T18:00:00Z", "2027-06-07T19:00:00Z", "After the erasure", List.of(stayingA, stayingB));
        List<String> invitees = coordinator(suite.sessions)
                .get("/sessions/" + upcomingId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("invitees", String.class);
        assertThat(invitees).containsExactlyInAnyOrder(stayingA.toString(), stayingB.toString());
    }

    @Test
    @Order(5)
    void noDatabaseHoldsTheirIdNameOrAddress() throws Exception {
        List<String> traces = List.of(
                leavingId.toString(),
                leavingId.toString().toUpperCase(Locale.ROOT),
                leavingId.toString().replace("-", ""),
                leaving.body.get("name").toString(),
                leaving.email(),
                leavingPhone,
                leavingStreet);
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> {
                    for (String database : List.of(
                            SuiteEnvironment.PARTICIPANTS_DB,
                            SuiteEnvironment.SESSIONS_DB,
                            SuiteEnvironment.NOTIFICATIONS_DB)) {
                        String dump = dump(database);
                        assertThat(dump).as("pg_dump of %s", database).contains("CREATE TABLE");
                        for (String trace : traces) {
                            assertThat(dump).as("%s in %s", trace, database).doesNotContain(trace);
                        }
                    }
                });
    }

    @Test
    @Order(6)
    void theirOldTokenIsRefusedByEveryService() {
        as(leavingToken, suite.participants)
                .get("/participants/" + leavingId)
                .then()
                .statusCode(401);
        as(leavingToken, suite.sessions)
                .get("/sessions?participantId=" + leavingId)
                .then()
                .statusCode(401);
        as(leavingToken, suite.notifications)
                .get("/digests/preview/" + leavingId)
                .then()
                .statusCode(401);
    }

    /** The whole database as pg_dump writes it (schema and data), to search for any trace in clear. */
    static String dump(String database) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                "pg_dump", "-h", "127.0.0.1", "-p", "5432", "-U", SuiteEnvironment.DB_USER, "--no-owner", database));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", SuiteEnvironment.DB_PASSWORD);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as("pg_dump %s: %s", database, out).isZero();
        return out;
    }
}
