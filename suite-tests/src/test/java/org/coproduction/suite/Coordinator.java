package org.coproduction.suite;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
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
