package org.coproduction.sessions.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.platform.testing.Problems;
import org.coproduction.sessions.domain.Answer;
import org.coproduction.sessions.domain.InvitationAnswer;
import org.coproduction.sessions.domain.Session;
import org.coproduction.sessions.support.ApiTest;
import org.coproduction.sessions.support.People;
import org.coproduction.sessions.support.Sessions;
import org.coproduction.sessions.support.WireMockServers;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/** GET /projects/{id}/standards (issue 15): the National Standards evidence, as JSON and as a printable page. */
@QuarkusTest
@QuarkusTestResource(WireMockServers.class)
class StandardsFlowsTest extends ApiTest {
    static final Instant NOW = Instant.now();
    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    static final String FROM = TODAY.minusDays(30).toString();
    static final String TO = TODAY.plusDays(60).toString();

    @Inject
    SessionFactory sessionFactory;

    final UUID aisha = People.person("Aisha Khan")
            .needs("BSL_INTERPRETER", "STEP_FREE_ACCESS")
            .trainingInterests("FACILITATION")
            .askedForTraining(NOW.minus(Duration.ofDays(10)))
            .register();
    final UUID ben = People.person("Ben Jones")
            .role("PRACTITIONER")
            .askedForMentor(NOW.minus(Duration.ofDays(20)))
            .mentor(UUID.randomUUID())
            .register();
    final UUID cat = People.person("Cat Ng").needs("LARGE_PRINT").register();

    static void digests(String body) {
        WireMockServers.notifications()
                .stubFor(post(urlEqualTo("/deliveries/summary"))
                        .willReturn(aResponse()
                                .withStatus(200)
                                .withHeader("Content-Type", "application/json")
                                .withBody(body)));
    }

    String session(String project, String venue, String format, Instant start, Map<String, Object> extra, UUID... who) {
        Map<String, Object> body = new HashMap<>(Sessions.body(
                project,
                venue,
                format,
                start.toString(),
                start.plus(1, ChronoUnit.HOURS).toString(),
                who));
        body.putAll(extra);
        return asCoordinator()
                .body(body)
                .post("/sessions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** The story the figures are checked against: three sessions, two actions, a proposal, two updates. */
    String story() {
        String project = createProject(aisha, ben, cat);
        String stepFree = createVenue("IN_PERSON", "STEP_FREE_ACCESS");
        // Ended, in a step-free room with BSL arranged: Aisha and Ben came, Cat did not; a summary with two actions.
        String held = session(
                project,
                stepFree,
                "IN_PERSON",
                NOW.minus(3, ChronoUnit.HOURS),
                Map.of("arrangements", Map.of("interpretation", List.of("bfi"))),
                aisha,
                ben,
                cat);
        // Aisha said she was coming the day before (answers are closed once a session starts: written directly).
        QuarkusTransaction.requiringNew().run(() -> {
            Session s = Session.findById(UUID.fromString(held));
            s.answers.put(aisha, new Answer(InvitationAnswer.COMING, null, s.start.minus(1, ChronoUnit.DAYS)));
        });
        asCoordinator()
                .body(Map.of(
                        "summary",
                        "We agreed the topics.",
                        "decisions",
                        List.of("Mondays"),
                        "actions",
                        List.of(
                                Map.of(
                                        "description",
                                        "Book the room",
                                        "ownerId",
                                        aisha.toString(),
                                        "due",
                                        "2027-01-10"),
                                Map.of("description", "Write to the board", "ownerId", ben.toString(), "done", true))))
                .put("/sessions/" + held + "/summary")
                .then()
                .statusCode(200);
        asCoordinator()
                .body(Map.of("attended", List.of(aisha, ben)))
                .put("/sessions/" + held + "/attendance")
                .then()
                .statusCode(200);
        // Costs met for each of them: Aisha's paid the same day, Ben's owed for 20 days, Cat's claimed just now.
        String paid = line(held, aisha);
        String owed = line(held, ben);
        String recent = line(held, cat);
        asCoordinator()
                .body(Map.of("paidOn", TODAY.toString(), "method", "MONEY"))
                .post("/payments/" + paid + "/pay")
                .then()
                .statusCode(200);
        QuarkusTransaction.requiringNew()
                .run(() -> Panache.getEntityManager()
                        .createNativeQuery(
                                "update payment_line set claimed_at = claimed_at - interval '20 days' where id = :id")
                        .setParameter("id", UUID.fromString(owed))
                        .executeUpdate());
        assertThat(recent).isNotBlank();
        // Ended online, nothing recorded.
        session(project, null, "ONLINE", NOW.minus(2, ChronoUnit.DAYS), Map.of(), aisha, ben);
        // Ahead, hybrid, with 20 days' notice.
        session(project, stepFree, "HYBRID", NOW.plus(20, ChronoUnit.DAYS), Map.of(), aisha, ben, cat);
        // Cancelled: left out of everything.
        String cancelled = session(project, null, "ONLINE", NOW.plus(5, ChronoUnit.DAYS), Map.of(), aisha);
        asCoordinator()
                .body(Map.of("reason", "Nobody could come."))
                .post("/sessions/" + cancelled + "/cancel")
                .then()
                .statusCode(200);

        String proposal = asCoordinator()
                .body(Map.of(
                        "title",
                        "Meet on Mondays",
                        "text",
                        "Most of us can make Monday evenings.",
                        "closesAt",
                        NOW.plus(7, ChronoUnit.DAYS).toString()))
                .post("/projects/" + project + "/proposals")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        for (UUID member : List.of(aisha, ben, cat)) {
            asParticipant(member)
                    .body(Map.of("answer", "AGREE"))
                    .put("/proposals/" + proposal + "/answers/" + member)
                    .then()
                    .statusCode(200);
        }
        asCoordinator()
                .body(Map.of("title", "Room booked", "body", "We booked a room. It has a ramp. Tea is free."))
                .post("/projects/" + project + "/updates")
                .then()
                .statusCode(201);
        asCoordinator()
                .body(Map.of(
                        "title",
                        "Governance",
                        "body",
                        "Stakeholder operationalisation necessitates comprehensive multidisciplinary "
                                + "collaboration methodologies throughout organisational infrastructure."))
                .post("/projects/" + project + "/updates")
                .then()
                .statusCode(201);
        return project;
    }

    /** A cost met for this person at the session, claimed (and, when asked, approved) by the coordinator. */
    String line(String session, UUID who) {
        String id = asCoordinator()
                .body(Map.of("participantId", who, "item", "OTHER", "amount", 10.00, "description", "Taxi"))
                .post("/sessions/" + session + "/payments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        asCoordinator()
                .body(Map.of("amount", 10.00))
                .post("/payments/" + id + "/claim")
                .then()
                .statusCode(200);
        asCoordinator()
                .body(Map.of())
                .post("/payments/" + id + "/approve")
                .then()
                .statusCode(200);
        return id;
    }

    static void assertIndicator(JsonPath json, String code, Float figure, Integer n, Integer d, String sentence) {
        String at = "standards.flatten().indicators.flatten().find { it.code == '" + code + "' }";
        Map<String, Object> indicator = json.getMap(at);
        assertThat(indicator).as(code).isNotNull();
        assertThat(indicator.get("figure")).as(code).isEqualTo(figure);
        assertThat(indicator.get("numerator")).as(code).isEqualTo(n);
        assertThat(indicator.get("denominator")).as(code).isEqualTo(d);
        assertThat(indicator.get("sentence")).as(code).isEqualTo(sentence);
    }

    @Test
    void allSevenStandardsWithFiguresThatMatchWhatHappened() {
        String project = story();
        digests("{\"digestsDue\":4,\"digestsOnTime\":3,\"people\":3,\"reachedInOwnLanguageAndFormat\":2,\"x\":1}");

        JsonPath json = asCoordinator()
                .queryParam("from", FROM)
                .queryParam("to", TO)
                .get("/projects/" + project + "/standards")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("projectId", equalTo(project))
                .body("projectName", equalTo("Crisis line redesign"))
                .body("from", equalTo(FROM))
                .body("to", equalTo(TO))
                .body(
                        "standards.standard",
                        equalTo(List.of(
                                "INCLUSION",
                                "SUPPORT",
                                "PLANNING",
                                "WORKING_TOGETHER",
                                "METHODS",
                                "COMMUNICATION",
                                "IMPACT")))
                .body("standards[3].name", equalTo("Working together"))
                .extract()
                .jsonPath();

        assertIndicator(json, "INVITATIONS_ATTENDED", 0.67f, 2, 3, "2 of 3 invitations led to someone coming (67%).");
        assertIndicator(
                json,
                "ACCESS_GAPS_CLOSED",
                0.33f,
                1,
                3,
                "Arrangements closed 1 of the 3 access gaps the venues alone would have left (33%).");
        assertIndicator(
                json,
                "LIVED_EXPERIENCE_ATTENDEES",
                0.5f,
                1,
                2,
                "1 of the 2 people who came to sessions have lived experience (50%).");
        assertIndicator(json, "PAYMENTS_WITHIN_14_DAYS", 0.5f, 1, 2, "1 of 2 claims were paid within 14 days (50%).");
        assertIndicator(
                json, "SUPPORT_GIVEN", 0.5f, 1, 2, "1 of 2 requests for training or a mentor have been met (50%).");
        assertIndicator(
                json,
                "SESSIONS_WITH_14_DAYS_NOTICE",
                0.33f,
                1,
                3,
                "1 of 3 sessions were arranged at least 14 days ahead (33%).");
        assertIndicator(
                json,
                "ACTIONS_WITH_OWNER_AND_DATE",
                0.5f,
                1,
                2,
                "1 of 2 actions agreed have an owner and a due date (50%).");
        assertIndicator(
                json,
                "PROPOSALS_DECIDED_WITH_MEMBERS",
                1.0f,
                1,
                1,
                "1 of 1 proposal decided was answered by at least half the members (100%).");
        assertIndicator(
                json,
                "ACTIONS_OWNED_BY_LIVED_EXPERIENCE",
                0.5f,
                1,
                2,
                "1 of 2 actions with an owner are owned by people with lived experience (50%).");
        assertIndicator(
                json,
                "SESSIONS_WITH_MORE_THAN_ONE_WAY",
                1.0f,
                3,
                3,
                "3 of 3 sessions offered more than one way to take part (100%).");
        assertIndicator(
                json,
                "INVITATIONS_ANSWERED_BEFORE",
                0.2f,
                1,
                5,
                "1 of 5 invitations were answered before the session (20%).");
        assertIndicator(json, "DIGESTS_ON_TIME", 0.75f, 3, 4, "3 of 4 digests due went out on time (75%).");
        assertIndicator(
                json,
                "OWN_LANGUAGE_AND_FORMAT",
                0.67f,
                2,
                3,
                "2 of 3 people were reached in their own language and format (67%).");
        assertIndicator(
                json,
                "UPDATES_READABLE",
                0.5f,
                1,
                2,
                "1 of 2 project updates are easy to read (reading ease 60 or more) (50%).");
        assertIndicator(json, "ACTIONS_COMPLETED", 0.5f, 1, 2, "1 of 2 actions agreed are done (50%).");
        assertIndicator(
                json,
                "SESSIONS_WITH_SUMMARY",
                0.5f,
                1,
                2,
                "1 of 2 sessions that ended have a summary of what was decided (50%).");
        assertThat(json.getMap("weakest"))
                .isEqualTo(Map.of(
                        "standard",
                        "METHODS",
                        "code",
                        "INVITATIONS_ANSWERED_BEFORE",
                        "advice",
                        "Send invitations in good time and remind people to say whether they can come."));

        // The members' digests over the period up to now were asked for.
        WireMockServers.notifications()
                .verify(postRequestedFor(urlEqualTo("/deliveries/summary"))
                        .withRequestBody(matchingJsonPath("$.participantIds.length()", equalToJson("3")))
                        .withRequestBody(matchingJsonPath("$.from", WireMock.equalTo(FROM + "T00:00:00Z"))));
    }

    @Test
    void aPrintablePageForAFunderOrABoard() {
        UUID eve = People.person("Eve").register();
        String project = asCoordinator()
                .body(Map.of("name", "Crisis <b>line</b> & \"friends\"", "memberIds", List.of(eve)))
                .post("/projects")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        digests("{\"digestsDue\":2,\"digestsOnTime\":1,\"people\":1,\"reachedInOwnLanguageAndFormat\":1}");

        String page = given().auth()
                .oauth2(org.coproduction.platform.testing.TestTokens.coordinator())
                .accept("text/html")
                .get("/projects/" + project + "/standards")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(not(containsString("<script")))
                .extract()
                .asString();

        assertThat(page)
                .startsWith("<!DOCTYPE html>")
                .contains("<html lang=\"en\">")
                .contains(
                        "<h1>National Standards evidence: Crisis &lt;b&gt;line&lt;/b&gt; &amp; &quot;friends&quot;</h1>")
                .doesNotContain("<b>line")
                .contains("<h2>Inclusion</h2>", "<h2>Working together</h2>", "<h2>Impact</h2>")
                .contains("<th scope=\"row\">Digests delivered on time</th><td class=\"figure\">50%</td>"
                        + "<td>1 of 2 digests due went out on time (50%).</td>")
                .contains("<td class=\"figure\">Not measured</td>")
                .contains("@media print")
                .contains("The weakest figure is Digests delivered on time. Look at the deliveries that failed or were "
                        + "late (GET /deliveries) and retry them.");
    }

    static io.restassured.specification.RequestSpecification given() {
        return io.restassured.RestAssured.given();
    }

    @Test
    void theLastTwelveMonthsByDefaultAndNothingToMeasureSaysSo() {
        String project = createProject();
        asCoordinator()
                .get("/projects/" + project + "/standards")
                .then()
                .statusCode(200)
                .body("from", equalTo(TODAY.minusYears(1).plusDays(1).toString()))
                .body("to", equalTo(TODAY.toString()))
                .body("standards.size()", equalTo(7))
                .body("standards[0].indicators[0].figure", nullValue())
                .body("standards[0].indicators[0].numerator", equalTo(0))
                .body(
                        "standards[0].indicators[0].sentence",
                        equalTo("Nothing to measure yet: no invitations to sessions that ended in this period with "
                                + "attendance recorded."))
                .body(
                        "standards[5].indicators[0].sentence",
                        equalTo("Nothing to measure yet: no digests were due in this period."))
                .body("weakest", nullValue());
        // Nobody to ask about: notifications-service is not called.
        WireMockServers.notifications().verify(0, postRequestedFor(urlEqualTo("/deliveries/summary")));
    }

    @Test
    void anotherServiceDownLeavesItsFiguresOutNeverA503() {
        String project = story();
        WireMockServers.notifications()
                .stubFor(post(urlEqualTo("/deliveries/summary"))
                        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        WireMockServers.participants()
                .stubFor(post(urlEqualTo("/participants/lookup"))
                        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        JsonPath json = asCoordinator()
                .queryParam("from", FROM)
                .queryParam("to", TO)
                .get("/projects/" + project + "/standards")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String participants = "Not available: participants-service could not be reached.";
        String notifications = "Not available: notifications-service could not be reached.";
        assertIndicator(json, "ACCESS_GAPS_CLOSED", null, null, null, participants);
        assertIndicator(json, "LIVED_EXPERIENCE_ATTENDEES", null, null, null, participants);
        assertIndicator(json, "SUPPORT_GIVEN", null, null, null, participants);
        assertIndicator(json, "ACTIONS_OWNED_BY_LIVED_EXPERIENCE", null, null, null, participants);
        assertIndicator(json, "DIGESTS_ON_TIME", null, null, null, notifications);
        assertIndicator(json, "OWN_LANGUAGE_AND_FORMAT", null, null, null, notifications);
        // What this service holds is still given.
        assertIndicator(json, "INVITATIONS_ATTENDED", 0.67f, 2, 3, "2 of 3 invitations led to someone coming (67%).");
    }

    @Test
    void badPeriodsAreRefusedNamingTheField() {
        String project = createProject();
        String path = "/projects/" + project + "/standards";
        Problems.assertInvalidFields(
                asCoordinator().queryParam("from", "2026-13-01").get(path), "from");
        Problems.assertInvalidFields(
                asCoordinator().queryParam("to", "yesterday").get(path), "to");
        Problems.assertInvalidFields(
                asCoordinator()
                        .queryParam("from", "2026-05-01")
                        .queryParam("to", "2026-05-01")
                        .get(path),
                "to");
        Problems.assertInvalidFields(
                asCoordinator()
                        .queryParam("from", "2026-05-02")
                        .queryParam("to", "2026-05-01")
                        .get(path),
                "to");
        Problems.assertInvalidFields(
                asCoordinator()
                        .queryParam("from", "2020-01-01")
                        .queryParam("to", "2025-01-01")
                        .get(path),
                "to");
        Problems.assertInvalidFields(
                asCoordinator().queryParam("from", "9999-01-01").get(path), "from");
        Problems.assertInvalidFields(
                asCoordinator().queryParam("from", "2026-01-01\u0000").get(path), "from");
        Problems.assertProblem(asCoordinator().queryParam("form", "2026-01-01").get(path), 400, "validation");
        asCoordinator()
                .queryParam("from", "2020-01-01")
                .queryParam("to", "2024-12-31")
                .get(path)
                .then()
                .statusCode(200);
    }

    @Test
    void onlyCoordinatorsAndOnlyKnownProjects() {
        String project = createProject(aisha);
        Problems.assertProblem(asParticipant(aisha).get("/projects/" + project + "/standards"), 403, "forbidden");
        Problems.assertProblem(asService().get("/projects/" + project + "/standards"), 403, "forbidden");
        Problems.assertProblem(asCoordinator().get("/projects/" + UUID.randomUUID() + "/standards"), 404, "not-found");
    }

    @Test
    void theNumberOfQueriesDoesNotGrowWithTheSessions() {
        digests("{\"digestsDue\":0,\"digestsOnTime\":0,\"people\":0,\"reachedInOwnLanguageAndFormat\":0}");
        long few = statementsFor(projectWithSessions(1));
        long many = statementsFor(projectWithSessions(6));

        assertThat(many).isEqualTo(few);
        assertThat(many).isLessThanOrEqualTo(16);
    }

    String projectWithSessions(int count) {
        List<UUID> people = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            people.add(People.person("P" + i).needs("LARGE_PRINT").register());
        }
        String project = createProject(people.toArray(UUID[]::new));
        String venue = createVenue("IN_PERSON", "STEP_FREE_ACCESS");
        for (int s = 0; s < count; s++) {
            String id = session(
                    project,
                    venue,
                    "IN_PERSON",
                    NOW.minus(2 + s, ChronoUnit.HOURS),
                    Map.of("arrangements", Map.of("interpretation", List.of("pl"))),
                    people.toArray(UUID[]::new));
            asCoordinator()
                    .body(Map.of(
                            "summary",
                            "Notes",
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
                    .body(Map.of("booked", true))
                    .put("/sessions/" + id + "/interpreters/bfi")
                    .then()
                    .statusCode(200);
        }
        return project;
    }

    long statementsFor(String project) {
        sessionFactory.getStatistics().clear();
        asCoordinator()
                .get("/projects/" + project + "/standards")
                .then()
                .statusCode(200)
                .body("standards[0].indicators[0].denominator", not(equalTo(0)));
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }
}
