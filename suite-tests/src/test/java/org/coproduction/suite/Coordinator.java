package org.coproduction.suite;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.platform.testing.TestTokens;

/** The suite as a coordinator uses it over plain HTTP, and the mailbox as the people it writes to read it. */
final class Coordinator {

    private final SuiteEnvironment suite;

    Coordinator(SuiteEnvironment suite) {
        this.suite = suite;
    }

    RequestSpecification to(ServiceProcess service) {
        return given().baseUri(service.url())
                .auth()
                .oauth2(TestTokens.coordinator())
                .contentType(ContentType.JSON);
    }

    UUID register(People.Person person) {
        return created(to(suite.participants).body(person.body).post("/participants"));
    }

    UUID project(String name, List<UUID> members) {
        return created(to(suite.sessions)
                .body(Map.of("name", name, "memberIds", members))
                .post("/projects"));
    }

    /** A project whose coordinators (people registered with the COORDINATOR role) hear who might need a call. */
    UUID project(String name, List<UUID> members, List<UUID> coordinators) {
        return created(to(suite.sessions)
                .body(Map.of("name", name, "memberIds", members, "coordinatorIds", coordinators))
                .post("/projects"));
    }

    /** An RFC 7396 merge patch of a participant, as a coordinator writes it. */
    Map<String, Object> patchParticipant(UUID participantId, Map<String, Object> patch) {
        return to(suite.participants)
                .contentType("application/merge-patch+json")
                .body(patch)
                .patch("/participants/" + participantId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("");
    }

    /** An online session (no venue needed) for the given people, which may lie in the past. */
    UUID onlineSession(
            Map<String, Object> extra, UUID projectId, String title, OffsetDateTime start, List<UUID> invitees) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "projectId",
                projectId,
                "title",
                title,
                "purpose",
                "Plan the next steps together",
                "type",
                "MEETING",
                "format",
                "ONLINE",
                "joiningLink",
                "https://meet.example.org/" + UUID.randomUUID(),
                "start",
                start.toString(),
                "end",
                start.plusHours(1).toString(),
                "timeZone",
                "Europe/London",
                "invitees",
                invitees));
        body.putAll(extra);
        return session(body);
    }

    /** Records who came to a session that has started. */
    void attended(UUID sessionId, List<UUID> attended) {
        to(suite.sessions)
                .body(Map.of("attended", attended))
                .put("/sessions/" + sessionId + "/attendance")
                .then()
                .statusCode(200);
    }

    UUID venue(String name, String address) {
        return created(to(suite.sessions)
                .body(Map.of("name", name, "address", address, "format", "IN_PERSON"))
                .post("/venues"));
    }

    UUID session(Map<String, Object> body) {
        return created(to(suite.sessions).body(body).post("/sessions"));
    }

    String etag(UUID sessionId) {
        return to(suite.sessions)
                .get("/sessions/" + sessionId)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    void postUpdate(UUID projectId, Map<String, Object> update) {
        to(suite.sessions)
                .body(update)
                .post("/projects/" + projectId + "/updates")
                .then()
                .statusCode(201);
    }

    private static UUID created(io.restassured.response.Response response) {
        return UUID.fromString(response.then().statusCode(201).extract().path("id"));
    }

    // --- digest runs and the delivery log ---

    String startRun(Map<String, Object> body) {
        return to(suite.notifications)
                .body(body)
                .post("/digests/runs")
                .then()
                .statusCode(202)
                .extract()
                .path("id");
    }

    /** The run once it reads COMPLETED (every delivery of it settled). */
    Map<String, Object> settled(String runId) {
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> "COMPLETED"
                        .equals(to(suite.notifications)
                                .get("/digests/runs/" + runId)
                                .then()
                                .extract()
                                .path("status")));
        return to(suite.notifications)
                .get("/digests/runs/" + runId)
                .then()
                .extract()
                .jsonPath()
                .getMap("");
    }

    void forcedRun(List<UUID> ids) {
        settled(startRun(Map.of("participantIds", ids, "force", true)));
    }

    /** The person's deliveries of one kind, newest first. */
    List<Map<String, Object>> deliveries(UUID participantId, String kind) {
        List<Map<String, Object>> items = to(suite.notifications)
                .queryParam("participantId", participantId)
                .queryParam("size", 200)
                .get("/deliveries")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        return items.stream().filter(d -> kind.equals(d.get("kind"))).toList();
    }

    Map<String, Object> awaitDelivery(UUID participantId, String kind, String status) {
        return await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> deliveries(participantId, kind).stream()
                                .filter(d -> status.equals(d.get("status")))
                                .findFirst()
                                .orElse(null),
                        d -> d != null);
    }

    // --- the mailbox ---

    List<Mailbox.Mail> mailsTo(String address) throws Exception {
        return Mailbox.to(Mailbox.read(suite.smtp.received()), address);
    }

    /**
     * Waits until each address has received exactly its number of mails and then a few seconds more, to see that no
     * further one follows (the outboxes here are tried every second), and answers what they got.
     */
    Map<String, List<Mailbox.Mail>> exactlyMails(Map<String, Integer> expected) {
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    for (Map.Entry<String, Integer> e : expected.entrySet()) {
                        if (mailsTo(e.getKey()).size() < e.getValue()) {
                            return false;
                        }
                    }
                    return true;
                });
        await().during(Duration.ofSeconds(4))
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    for (Map.Entry<String, Integer> e : expected.entrySet()) {
                        assertThat(mailsTo(e.getKey()))
                                .as("mails to " + e.getKey())
                                .hasSize(e.getValue());
                    }
                });
        Map<String, List<Mailbox.Mail>> received = new HashMap<>();
        for (String address : expected.keySet()) {
            received.put(address, Mailbox.to(readQuietly(), address));
        }
        return received;
    }

    private List<Mailbox.Mail> readQuietly() {
        try {
            return Mailbox.read(suite.smtp.received());
        } catch (Exception e) {
            throw new IllegalStateException("the mailbox could not be read", e);
        }
    }

    List<Mailbox.Mail> awaitMailsTo(String address, int count) {
        return await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> mailsTo(address), mails -> mails.size() >= count);
    }

    /** Mails to this address that carry a calendar and name this session, oldest first. */
    List<Mailbox.Mail> calendarMailsTo(String address, String title) throws Exception {
        return mailsTo(address).stream()
                .filter(m -> !m.attachments().isEmpty())
                .filter(m -> m.subject().contains(title)
                        || Mailbox.words(m.html()).contains(title)
                        || String.valueOf(m.text()).contains(title))
                .toList();
    }

    List<Mailbox.Mail> awaitCalendarMailsTo(String address, String title, int count) {
        return await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> calendarMailsTo(address, title), mails -> mails.size() >= count);
    }
}
