package org.coproduction.suite;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coproduction.platform.testing.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 12's fault tests on the real jars: a second notifications-service instance is stopped in the middle of a
 * 50-person run while the SMTP server takes its time over each mail, once cleanly (SIGTERM, as a rolling restart does)
 * and once by force (SIGKILL, as a crash). The suite's own instance carries on, as a second replica would.
 */
class DeliveryFaultIT {

    private static final int PEOPLE = 50;
    private static final Duration PER_MAIL = Duration.ofMillis(250);

    static SuiteEnvironment suite;
    private ServiceProcess other;

    @BeforeAll
    static void startSuite() throws Exception {
        suite = SuiteEnvironment.get();
    }

    @AfterEach
    void restore() throws Exception {
        suite.smtp.slowDown(Duration.ZERO);
        if (other != null) {
            other.stop();
        }
    }

    @Test
    void aCleanStopMidRunLosesNothingAndSendsNothingTwice() throws Exception {
        Map<UUID, String> people = register("term");
        other = startOtherInstance();
        suite.smtp.slowDown(PER_MAIL);

        String runId = forcedRun(other, people);
        awaitMailsTo(people, 3);
        other.stop(); // SIGTERM: in-flight mails are recorded, the rest handed back

        Map<String, Long> mails = awaitEveryoneHasMail(people);
        assertThat(mails.values()).as("digests per person after a clean stop").allMatch(n -> n == 1L);
        Map<String, Object> run = awaitSettled(runId);
        assertThat(run.get("status")).isEqualTo("COMPLETED");
        assertThat(((Number) run.get("sent")).longValue()).isEqualTo(PEOPLE);
        assertThat(deliveries(people, "UNKNOWN")).isZero();
    }

    @Test
    void aCrashMidRunSendsNothingTwiceAndShowsWhatMayBeLost() throws Exception {
        Map<UUID, String> people = register("kill");
        other = startOtherInstance();
        suite.smtp.slowDown(PER_MAIL);

        String runId = forcedRun(other, people);
        awaitMailsTo(people, 3);
        other.kill(); // SIGKILL: mails in flight are never recorded

        Map<String, Object> run = awaitSettled(runId);
        Map<String, Long> mails = mailsTo(people);
        assertThat(mails.values()).as("nobody gets a digest twice").allMatch(n -> n <= 1L);
        long unknown = deliveries(people, "UNKNOWN");
        long without = people.values().stream()
                .filter(address -> mails.getOrDefault(address, 0L) == 0L)
                .count();
        assertThat(without)
                .as("people without a digest are at most those whose mail was in flight")
                .isLessThanOrEqualTo(unknown);
        assertThat(unknown)
                .as("in flight at the kill: at most one per sender thread")
                .isLessThanOrEqualTo(4);
        assertThat(run.get("status")).isEqualTo("COMPLETED");
        long sent = ((Number) run.get("sent")).longValue();
        assertThat(sent + unknown).isEqualTo(PEOPLE);
        assertThat(mails.values().stream().mapToLong(Long::longValue).sum()).isBetween(sent, sent + unknown);
    }

    private ServiceProcess startOtherInstance() throws Exception {
        // A short lease, so a crashed instance's claims come back within the test's patience.
        ServiceProcess instance = suite.notificationsInstance(
                SuiteEnvironment.freePort(),
                Map.of("NOTIFICATIONS_DELIVERY_LEASE", "PT3S", "NOTIFICATIONS_SCHEDULE_RETRY_EVERY", "off"));
        instance.start();
        SuiteEnvironment.awaitAllReady(List.of(instance));
        return instance;
    }

    private static RequestSpecification coordinator(ServiceProcess service) {
        return given().baseUri(service.url())
                .auth()
                .oauth2(TestTokens.coordinator())
                .contentType(ContentType.JSON);
    }

    private static Map<UUID, String> register(String key) {
        Map<UUID, String> people = new HashMap<>();
        for (int i = 0; i < PEOPLE; i++) {
            People.Person person = new People.Person(key + i, "Fault " + key + " " + i, "F", "LIVED_EXPERIENCE");
            UUID id = UUID.fromString(coordinator(suite.participants)
                    .body(person.body)
                    .post("/participants")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id"));
            people.put(id, person.email().toLowerCase());
        }
        return people;
    }

    private static String forcedRun(ServiceProcess instance, Map<UUID, String> people) {
        return coordinator(instance)
                .body(Map.of("participantIds", new ArrayList<>(people.keySet()), "force", true))
                .post("/digests/runs")
                .then()
                .statusCode(202)
                .extract()
                .path("id");
    }

    private static void awaitMailsTo(Map<UUID, String> people, int atLeast) {
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> mailsTo(people).values().stream()
                                .mapToLong(Long::longValue)
                                .sum()
                        >= atLeast);
    }

    private static Map<String, Long> awaitEveryoneHasMail(Map<UUID, String> people) throws Exception {
        await().atMost(Duration.ofSeconds(120)).until(() -> mailsTo(people).size() == PEOPLE);
        return mailsTo(people);
    }

    private static Map<String, Long> mailsTo(Map<UUID, String> people) throws Exception {
        return Mailbox.read(suite.smtp.received()).stream()
                .map(Mailbox.Mail::to)
                .filter(people::containsValue)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    /** The run, read from the suite's own instance, once none of its deliveries waits any more. */
    private static Map<String, Object> awaitSettled(String runId) {
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> "COMPLETED"
                        .equals(coordinator(suite.notifications)
                                .get("/digests/runs/" + runId)
                                .then()
                                .extract()
                                .path("status")));
        return coordinator(suite.notifications)
                .get("/digests/runs/" + runId)
                .then()
                .extract()
                .jsonPath()
                .getMap("");
    }

    private static long deliveries(Map<UUID, String> people, String status) {
        long n = 0;
        for (UUID id : people.keySet()) {
            List<Map<String, Object>> items = coordinator(suite.notifications)
                    .queryParam("participantId", id)
                    .queryParam("status", status)
                    .get("/deliveries")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("items");
            n += items.size();
        }
        return n;
    }
}
