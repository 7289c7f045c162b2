package org.coproduction.suite;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.platform.testing.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The story a coordinator lives, across the three real services: register people, plan a project, find a time,
 * check access and costs, record what happened, send digests, cancel a session. Each step builds on the last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CoordinatorStoryIT {

    static SuiteEnvironment suite;
    static final Map<String, People.Person> people = new LinkedHashMap<>();
    static final Map<String, UUID> ids = new LinkedHashMap<>();
    static UUID projectId;
    static UUID venueId;
    static UUID upcomingSessionId;
    static UUID pastSessionId;

    @BeforeAll
    static void startSuite() throws Exception {
        suite = SuiteEnvironment.get();
    }

    /** A fresh token for each request: the story outlasts one token's ten minutes on a slow machine. */
    static String coordinator() {
        return TestTokens.coordinator();
    }

    static RequestSpecification participantsApi() {
        return given().baseUri(suite.participants.url())
                .auth()
                .oauth2(coordinator())
                .contentType(ContentType.JSON);
    }

    static RequestSpecification sessionsApi() {
        return given().baseUri(suite.sessions.url())
                .auth()
                .oauth2(coordinator())
                .contentType(ContentType.JSON);
    }

    static RequestSpecification notificationsApi() {
        return given().baseUri(suite.notifications.url())
                .auth()
                .oauth2(coordinator())
                .contentType(ContentType.JSON);
    }

    static List<UUID> idsOf(String... keys) {
        return java.util.Arrays.stream(keys).map(ids::get).toList();
    }

    @Test
    @Order(1)
    void registerEightPeopleWithDifferentNeeds() {
        for (People.Person person : People.story()) {
            String id = participantsApi()
                    .body(person.body)
                    .post("/participants")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            people.put(person.key, person);
            ids.put(person.key, UUID.fromString(id));
        }
        participantsApi()
                .body(Map.of("ids", ids.values()))
                .post("/participants/lookup")
                .then()
                .statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.equalTo(8));
    }

    @Test
    @Order(2)
    void createAProjectAddEveryoneAndPostAnUpdate() {
        projectId = UUID.fromString(sessionsApi()
                .body(Map.of(
                        "name",
                        "Redesigning the crisis line",
                        "purpose",
                        "People who used the crisis line and its staff redesign it together",
                        "memberIds",
                        idsOf("aisha", "dafydd", "grace", "tomasz", "priya", "sam", "jo")))
                .post("/projects")
                .then()
                .statusCode(201)
                .extract()
                .<String>path("id"));
        sessionsApi()
                .put("/projects/" + projectId + "/members/" + ids.get("ruth"))
                .then()
                .statusCode(org.hamcrest.Matchers.oneOf(200, 204));
        sessionsApi()
                .get("/projects/" + projectId)
                .then()
                .statusCode(200)
                .body("memberIds.size()", org.hamcrest.Matchers.equalTo(8));

        Response update = sessionsApi()
                .body(Map.of(
                        "title",
                        "New room booked",
                        "body",
                        "We found a room near the station. It has step-free access. We meet there from March."))
                .post("/projects/" + projectId + "/updates");
        update.then()
                .statusCode(201)
                .body("readability.score", org.hamcrest.Matchers.notNullValue())
                .body("readability.gradeLevel", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    @Order(3)
    void searchForASlotAndSeeWhyOthersAreOut() {
        Map<String, Object> search = Map.of(
                "participantIds",
                idsOf("aisha", "dafydd", "grace", "tomasz", "priya", "ruth", "sam"),
                "requiredParticipantIds",
                idsOf("grace"),
                "from",
                "2027-03-01T00:00:00Z",
                "to",
                "2027-03-02T00:00:00Z",
                "durationMinutes",
                90,
                "stepMinutes",
                30,
                "minAttendees",
                3,
                "limit",
                5);
        Response response = sessionsApi().body(search).post("/slot-search");
        response.then().statusCode(200);
        Map<String, Object> best = response.jsonPath().getMap("slots[0]");
        // London is on GMT in early March; Tomasz's 19:00 in Warsaw is 18:00 UTC.
        assertThat(best.get("start")).isEqualTo("2027-03-01T18:00:00Z");
        assertThat(response.jsonPath().getList("slots[0].available", String.class))
                .containsExactlyInAnyOrderElementsOf(idsOf("aisha", "dafydd", "grace", "tomasz").stream()
                        .map(UUID::toString)
                        .toList());
        Map<String, String> reasons = new HashMap<>();
        for (Map<String, String> out : response.jsonPath().<Map<String, String>>getList("slots[0].unavailable")) {
            reasons.put(out.get("participantId"), out.get("reason"));
        }
        assertThat(reasons)
                .containsEntry(ids.get("priya").toString(), "OUTSIDE_AVAILABILITY")
                .containsEntry(ids.get("ruth").toString(), "ABSENT")
                // Sam has paused taking part: nobody should plan a session around them.
                .containsEntry(ids.get("sam").toString(), "ABSENT");
    }

    @Test
    @Order(4)
    void scheduleASessionCheckAccessFixTheGapAndReadTheCosts() {
        venueId = UUID.fromString(sessionsApi()
                .body(Map.of(
                        "name",
                        "Community Hub, Room 2",
                        "address",
                        "12 High Street, Leeds LS1 4AB",
                        "format",
                        "IN_PERSON",
                        "features",
                        List.of("STEP_FREE_ACCESS", "ACCESSIBLE_TOILET", "HEARING_LOOP")))
                .post("/venues")
                .then()
                .statusCode(201)
                .extract()
                .<String>path("id"));

        Map<String, Object> session = new HashMap<>(Map.of(
                "projectId",
                projectId,
                "title",
                "Planning the spring workshops",
                "purpose",
                "Agree dates and topics",
                "type",
                "WORKSHOP",
                "format",
                "IN_PERSON",
                "venueId",
                venueId,
                "start",
                "2027-03-01T18:00:00Z",
                "end",
                "2027-03-01T19:30:00Z",
                "timeZone",
                "Europe/London",
                "invitees",
                idsOf("aisha", "dafydd", "grace", "tomasz", "sam")));
        Response created = sessionsApi().body(session).post("/sessions");
        created.then().statusCode(201);
        upcomingSessionId = UUID.fromString(created.path("id"));
        assertThat(created.jsonPath().getList("accessGaps.participantId", String.class))
                .contains(ids.get("grace").toString());

        sessionsApi()
                .get("/sessions/" + upcomingSessionId + "/access-check")
                .then()
                .statusCode(200)
                .body("ok", org.hamcrest.Matchers.equalTo(false))
                .body(
                        "gaps.find { it.participantId == '" + ids.get("grace") + "' }.need",
                        org.hamcrest.Matchers.equalTo("BSL_INTERPRETER"));

        String etag = sessionsApi()
                .get("/sessions/" + upcomingSessionId)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        sessionsApi()
                .contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body(Map.of("arrangements", Map.of("interpretation", List.of("bfi"), "breaks", true)))
                .patch("/sessions/" + upcomingSessionId)
                .then()
                .statusCode(200);
        sessionsApi()
                .get("/sessions/" + upcomingSessionId + "/access-check")
                .then()
                .statusCode(200)
                .body("ok", org.hamcrest.Matchers.equalTo(true))
                .body("gaps", org.hamcrest.Matchers.empty());

        Response costs = sessionsApi().get("/sessions/" + upcomingSessionId + "/costs");
        costs.then().statusCode(200).body("currency", org.hamcrest.Matchers.equalTo("GBP"));
        List<Map<String, Object>> lines = costs.jsonPath().getList("lines");
        assertThat(lines).anySatisfy(l -> {
            assertThat(l.get("participantId")).isEqualTo(ids.get("aisha").toString());
            assertThat(l.get("item")).isEqualTo("TIME");
        });
        assertThat(lines).noneSatisfy(l -> {
            assertThat(l.get("participantId")).isEqualTo(ids.get("dafydd").toString());
            assertThat(l.get("item")).isEqualTo("TIME");
        });
        assertThat(new java.math.BigDecimal(costs.jsonPath().getString("total")))
                .isPositive();
    }

    @Test
    @Order(5)
    void recordAttendanceASummaryAndActionsOfLastWeeksMeeting() {
        Map<String, Object> past = new HashMap<>(Map.of(
                "projectId",
                projectId,
                "title",
                "Listening to what went wrong",
                "type",
                "MEETING",
                "format",
                "IN_PERSON",
                "venueId",
                venueId,
                "start",
                "2026-11-23T18:00:00Z",
                "end",
                "2026-11-23T19:30:00Z",
                "timeZone",
                "Europe/London",
                "invitees",
                idsOf("aisha", "dafydd", "grace", "tomasz", "ruth")));
        pastSessionId = UUID.fromString(sessionsApi()
                .body(past)
                .post("/sessions")
                .then()
                .statusCode(201)
                .extract()
                .<String>path("id"));
        sessionsApi()
                .body(Map.of("attended", idsOf("aisha", "dafydd", "grace", "tomasz")))
                .put("/sessions/" + pastSessionId + "/attendance")
                .then()
                .statusCode(200);
        sessionsApi()
                .body(Map.of(
                        "summary",
                        "We heard what made calling the crisis line hard.",
                        "decisions",
                        List.of("Call-backs within one hour"),
                        "actions",
                        List.of(Map.of(
                                "description",
                                "Draft the call-back promise",
                                "ownerId",
                                ids.get("aisha"),
                                "due",
                                "2026-12-07"))))
                .put("/sessions/" + pastSessionId + "/summary")
                .then()
                .statusCode(200);
    }

    static List<Mailbox.Mail> digests() throws Exception {
        return Mailbox.read(suite.smtp.received()).stream()
                .filter(Mailbox.Mail::isDigest)
                .toList();
    }

    /** A run as the schedule would make it (not forced): only people whose digest is due, at most once per period. */
    static Map<String, Object> runDigests(RequestSpecification api, List<UUID> participantIds) {
        String runId = api.body(Map.of("participantIds", participantIds, "force", false))
                .post("/digests/runs")
                .then()
                .statusCode(202)
                .extract()
                .path("id");
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> List.of("FINISHED", "COMPLETED", "WAITING")
                        .contains(api.get("/digests/runs/" + runId)
                                .then()
                                .statusCode(200)
                                .extract()
                                .<String>path("status")));
        return api.get("/digests/runs/" + runId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("");
    }

    @Test
    @Order(6)
    void runTheDigestsAndReadTheMailbox() throws Exception {
        runDigests(notificationsApi(), List.copyOf(ids.values()));
        List<String> due = List.of("aisha", "dafydd", "grace", "tomasz", "priya", "ruth");
        await().atMost(Duration.ofSeconds(60)).until(() -> digests().size() >= due.size());
        List<Mailbox.Mail> mails = digests();
        for (String key : due) {
            assertThat(Mailbox.to(mails, people.get(key).email()))
                    .as("digests for " + key)
                    .hasSize(1);
        }
        for (String key : List.of("sam", "jo")) {
            assertThat(Mailbox.to(mails, people.get(key).email()))
                    .as("digests for " + key)
                    .isEmpty();
        }

        Mailbox.Mail aisha = Mailbox.to(mails, people.get("aisha").email()).get(0);
        assertThat(aisha.html())
                .contains(
                        "lang=\"en\"",
                        "Aisha",
                        "Planning the spring workshops",
                        "18:00",
                        "We heard what made calling the crisis line hard",
                        "Draft the call-back promise",
                        "New room booked");
        assertThat(aisha.text()).contains("Planning the spring workshops");

        Mailbox.Mail tomasz = Mailbox.to(mails, people.get("tomasz").email()).get(0);
        assertThat(tomasz.html()).contains("19:00");

        Mailbox.Mail dafydd = Mailbox.to(mails, people.get("dafydd").email()).get(0);
        assertThat(dafydd.html()).contains("lang=\"cy\"");

        Mailbox.Mail grace = Mailbox.to(mails, people.get("grace").email()).get(0);
        assertThat(grace.html()).isNull();
        assertThat(grace.text()).contains("Grace", "Planning the spring workshops");

        DigestSamples.save("digest-aisha.html", aisha.html());
    }

    @Test
    @Order(8)
    void cancelASessionAndTheInviteesHearAtOnceWithTheCalendarFile() throws Exception {
        String etag = sessionsApi()
                .get("/sessions/" + upcomingSessionId)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        sessionsApi()
                .header("If-Match", etag)
                .body(Map.of("reason", "The venue is flooded; we will find a new date."))
                .post("/sessions/" + upcomingSessionId + "/cancel")
                .then()
                .statusCode(org.hamcrest.Matchers.oneOf(200, 202, 204));
        List<String> invited = List.of("aisha", "dafydd", "grace", "tomasz", "sam");
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> notices().size() >= invited.size());
        List<Mailbox.Mail> notices = notices();
        for (String key : invited) {
            List<Mailbox.Mail> theirs = Mailbox.to(notices, people.get(key).email());
            assertThat(theirs).as("notices for " + key).hasSize(1);
            assertThat(theirs.get(0).attachmentTypes())
                    .anySatisfy(t -> assertThat(t).contains("text/calendar"));
            assertThat(theirs.get(0).attachments())
                    .anySatisfy(ics -> assertThat(ics).contains("BEGIN:VEVENT", "STATUS:CANCELLED"));
        }
    }

    @Test
    @Order(7)
    void theDigestPassesAnAutomatedAccessibilityCheck() throws Exception {
        java.nio.file.Path digest = DigestSamples.dir().resolve("digest-aisha.html");
        assertThat(digest).exists();
        org.openqa.selenium.chrome.ChromeDriver browser = Browser.open();
        try {
            browser.get(digest.toUri().toString());
            com.deque.html.axecore.results.Results results = new com.deque.html.axecore.selenium.AxeBuilder()
                    .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                    .analyze(browser);
            assertThat(results.getViolations())
                    .filteredOn(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                    .as("serious or critical accessibility violations")
                    .isEmpty();
            java.nio.file.Path shot =
                    browser.getScreenshotAs(org.openqa.selenium.OutputType.FILE).toPath();
            java.nio.file.Files.copy(
                    shot,
                    DigestSamples.dir().resolve("digest-aisha.png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            browser.quit();
        }
    }

    @Test
    @Order(9)
    void whenParticipantsServiceIsDownSessionsAnswers503AndWritesNothing() throws Exception {
        int before =
                sessionsApi().get("/projects").then().statusCode(200).extract().path("total");
        suite.participants.stop();
        try {
            sessionsApi()
                    .body(Map.of("name", "While the directory is down", "memberIds", idsOf("aisha")))
                    .post("/projects")
                    .then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .body("detail", org.hamcrest.Matchers.containsString("participants-service"));
        } finally {
            suite.participants.start();
            suite.participants.awaitReady(Duration.ofSeconds(120));
        }
        assertThat(sessionsApi().get("/projects").then().extract().<Integer>path("total"))
                .isEqualTo(before);
        // Carry on: the circuit breaker closes again once participants-service answers.
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> sessionsApi()
                                .body(Map.of("name", "After the directory is back", "memberIds", idsOf("aisha")))
                                .post("/projects")
                                .statusCode()
                        == 201);
    }

    static List<UUID> registerFresh(String prefix, int count) {
        List<UUID> fresh = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            People.Person person =
                    new People.Person(prefix + i, "Fresh Person " + prefix + i, "Fresh", "LIVED_EXPERIENCE");
            String id = participantsApi()
                    .body(person.body)
                    .post("/participants")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            people.put(person.key, person);
            fresh.add(UUID.fromString(id));
        }
        return fresh;
    }

    static void assertExactlyOneDigestEach(List<String> keys) throws Exception {
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    List<Mailbox.Mail> mails = digests();
                    return keys.stream()
                            .allMatch(k ->
                                    !Mailbox.to(mails, people.get(k).email()).isEmpty());
                });
        // Still exactly one each after three quiet seconds: a duplicate, if any were coming, has had time to arrive.
        await().atMost(Duration.ofSeconds(15))
                .during(Duration.ofSeconds(3))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    List<Mailbox.Mail> mails = digests();
                    for (String key : keys) {
                        assertThat(Mailbox.to(mails, people.get(key).email()))
                                .as("digests for " + key)
                                .hasSize(1);
                    }
                });
    }

    @Test
    @Order(10)
    void smtpDownDuringADigestRunDelaysButLosesNothingAndSendsNothingTwice() throws Exception {
        List<UUID> fresh = registerFresh("smtp", 3);
        suite.smtp.stop();
        try {
            Map<String, Object> whileDown = runDigests(notificationsApi(), fresh);
            assertThat(whileDown.get("due")).isEqualTo(3);
            assertThat(whileDown.get("sent"))
                    .as("nothing can be sent while SMTP is down")
                    .isEqualTo(0);
        } finally {
            suite.smtp.start();
        }
        runDigests(notificationsApi(), fresh);
        assertExactlyOneDigestEach(List.of("smtp0", "smtp1", "smtp2"));
    }

    @Test
    @Order(11)
    void twoNotificationsInstancesAtOnceStillSendEachDigestOnce() throws Exception {
        List<UUID> fresh = registerFresh("twin", 6);
        ServiceProcess second = suite.notificationsInstance(SuiteEnvironment.freePort());
        second.start();
        try {
            second.awaitReady(Duration.ofSeconds(120));
            RequestSpecification secondApi =
                    given().baseUri(second.url()).auth().oauth2(coordinator()).contentType(ContentType.JSON);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                var first = pool.submit(() -> runDigests(notificationsApi(), fresh));
                var other = pool.submit(() -> runDigests(secondApi, fresh));
                first.get(120, java.util.concurrent.TimeUnit.SECONDS);
                other.get(120, java.util.concurrent.TimeUnit.SECONDS);
            } finally {
                pool.shutdownNow();
            }
        } finally {
            second.stop();
        }
        assertExactlyOneDigestEach(List.of("twin0", "twin1", "twin2", "twin3", "twin4", "twin5"));
    }

    static List<Mailbox.Mail> notices() throws Exception {
        return Mailbox.read(suite.smtp.received()).stream()
                .filter(m -> !m.attachments().isEmpty())
                .toList();
    }
}
