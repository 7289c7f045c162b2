package org.coproduction.notifications.delivery.paper;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.coproduction.notifications.support.InjectWireMock;
import org.coproduction.notifications.support.Mailbox;
import org.coproduction.notifications.support.OtherServicesWireMock;
import org.coproduction.notifications.support.People;
import org.coproduction.notifications.support.SharedSmtp;
import org.coproduction.platform.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** People who asked for post or a phone call get a letter or a call sheet in the delivery log, never an email. */
@QuarkusTest
@QuarkusTestResource(OtherServicesWireMock.class)
class PaperDeliveryTest {

    @RegisterExtension
    static GreenMailExtension smtp = SharedSmtp.SERVER;

    @InjectWireMock
    WireMockServer others;

    @jakarta.inject.Inject
    org.coproduction.notifications.privacy.RetentionJob retention;

    @BeforeEach
    void reset() {
        others.resetAll();
    }

    @Test
    void aPostReadersDigestIsALetterInTheLogAndNoEmail() throws Exception {
        Map<String, Object> mo = onPaper("Mo", "POST", "LARGE_PRINT");
        mo.put("postalAddress", Map.of("lines", List.of("12 High Street", "Leeds"), "postcode", "LS1 4AB"));
        stub(mo);

        String runId = startRun(mo);
        JsonPath run = awaitRunCompleted(runId);
        assertThat(run.getInt("ready")).isEqualTo(1);
        assertThat(run.getInt("sent")).isZero();
        assertThat(run.getInt("due")).isEqualTo(1);

        String deliveryId = deliveries(mo, "READY").getString("items[0].id");
        // They have an email address too: still no email, since they asked for post.
        assertThat(Mailbox.countByRecipient(smtp.getReceivedMessages())).doesNotContainKey(People.email(mo));

        byte[] pdf = given().auth()
                .oauth2(TestTokens.coordinator())
                .accept("application/pdf")
                .get("/deliveries/" + deliveryId + "/document")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"letter-" + deliveryId + ".pdf\"")
                .extract()
                .asByteArray();
        try (PDDocument letter = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(letter);
            assertThat(text).contains("Mo Example", "12 High Street", "Leeds", "LS1 4AB", "Listening day");
        }

        String html = given().auth()
                .oauth2(TestTokens.coordinator())
                .accept("text/html")
                .get("/deliveries/" + deliveryId + "/document")
                .then()
                .statusCode(200)
                .contentType("text/html")
                .extract()
                .asString();
        assertThat(html).contains("<html lang=\"en\">", "<h1>Your co-production update</h1>", "Listening day", "18pt");
        // Paper says how it comes and whom to tell; a link would be only words on paper.
        assertThat(html)
                .contains("as a large print letter in the post.", "please tell the people who run your project.")
                .doesNotContain("<a ", "as a formatted email");

        // Posted once; then it is final.
        given().auth()
                .oauth2(TestTokens.coordinator())
                .post("/deliveries/" + deliveryId + "/called")
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(TestTokens.coordinator())
                .post("/deliveries/" + deliveryId + "/posted")
                .then()
                .statusCode(200)
                .body("status", equalTo("POSTED"));
        given().auth()
                .oauth2(TestTokens.coordinator())
                .post("/deliveries/" + deliveryId + "/posted")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");

        // Their export lists the letter (not its content); erasure deletes it.
        given().auth()
                .oauth2(TestTokens.service("participants-service"))
                .get("/exports/" + mo.get("id"))
                .then()
                .statusCode(200)
                .body("documents", hasSize(1))
                .body("documents[0].kind", equalTo("LETTER"))
                .body("documents[0].status", equalTo("POSTED"));
        given().auth()
                .oauth2(TestTokens.service("participants-service"))
                .contentType(ContentType.JSON)
                .body("{\"participantId\":\"" + mo.get("id") + "\"}")
                .post("/erasures")
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(TestTokens.coordinator())
                .get("/deliveries/" + deliveryId + "/document")
                .then()
                .statusCode(404);
    }

    @Test
    void aPhoneReadersNoticeIsACallSheetWithTheirNumber() {
        Map<String, Object> cai = onPaper("Cai", "PHONE", "HTML");
        cai.put("phone", "+44 113 496 0000");
        cai.put("language", Map.of("preferred", "cy"));
        stub(cai);

        given().auth()
                .oauth2(TestTokens.service("sessions-service"))
                .header("Idempotency-Key", "paper-" + UUID.randomUUID())
                .contentType(ContentType.JSON)
                .body(People.json(Map.of(
                        "participantIds", List.of(cai.get("id")),
                        "kind", "GENERAL",
                        "subject", "The hall has a new ramp",
                        "body", "The side door now has a ramp.\n\nThe lift is fixed too.")))
                .post("/notices")
                .then()
                .statusCode(202);

        String deliveryId = deliveries(cai, "READY").getString("items[0].id");
        String sheet = given().auth()
                .oauth2(TestTokens.coordinator())
                .get("/deliveries/" + deliveryId + "/document")
                .then()
                .statusCode(200)
                .contentType("text/html")
                .header("Content-Disposition", "inline; filename=\"call-sheet-" + deliveryId + ".html\"")
                .extract()
                .asString();
        assertThat(sheet)
                .contains(
                        "<html lang=\"cy\">",
                        "Taflen galwad",
                        "Cai Example",
                        "+44 113 496 0000",
                        "The hall has a new ramp",
                        "<p>The side door now has a ramp.</p>",
                        "<p>The lift is fixed too.</p>")
                .doesNotContain("<a ");
        assertThat(Mailbox.countByRecipient(smtp.getReceivedMessages())).doesNotContainKey(People.email(cai));

        given().auth()
                .oauth2(TestTokens.coordinator())
                .post("/deliveries/" + deliveryId + "/posted")
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(TestTokens.coordinator())
                .post("/deliveries/" + deliveryId + "/called")
                .then()
                .statusCode(200)
                .body("status", equalTo("CALLED"))
                .body("sentAt", org.hamcrest.Matchers.notNullValue());

        // The retention job deletes it once the retention period (90 days here) has passed since it was made.
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .run(() -> org.coproduction.notifications.domain.Delivery.getEntityManager()
                        .createNativeQuery("update delivery_document set created_at = now() - interval '91 days'"
                                + " where delivery_id = cast(:id as uuid)")
                        .setParameter("id", deliveryId)
                        .executeUpdate());
        retention.clear(java.time.Instant.now());
        given().auth()
                .oauth2(TestTokens.coordinator())
                .get("/deliveries/" + deliveryId + "/document")
                .then()
                .statusCode(404);
    }

    @Test
    void aSessionNoticeLetterSaysWhatChangedAsTheEmailWould() throws Exception {
        Map<String, Object> ana = onPaper("Ana", "POST", "HTML");
        ana.put("postalAddress", Map.of("lines", List.of("3 Mill Lane", "York"), "postcode", "YO1 7HH"));
        stub(ana);
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("participantIds", List.of(ana.get("id")));
        body.put("kind", "SESSION_CHANGED");
        body.put("session", session("Library Room"));
        body.put("previous", session("Community Hall"));

        given().auth()
                .oauth2(TestTokens.service("sessions-service"))
                .header("Idempotency-Key", "paper-" + UUID.randomUUID())
                .contentType(ContentType.JSON)
                .body(People.json(body))
                .post("/notices")
                .then()
                .statusCode(202);

        String deliveryId = deliveries(ana, "READY").getString("items[0].id");
        byte[] pdf = given().auth()
                .oauth2(TestTokens.coordinator())
                .get("/deliveries/" + deliveryId + "/document")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
        try (PDDocument letter = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(letter))
                    .contains(
                            "Ana Example",
                            "3 Mill Lane",
                            "YO1 7HH",
                            "Session changed: Listening to what went wrong",
                            "The venue changed from Community Hall to Library Room.");
        }
    }

    private static Map<String, Object> session(String venue) {
        Map<String, Object> s = new java.util.LinkedHashMap<>();
        s.put("title", "Listening to what went wrong");
        s.put("projectName", "Crisis line redesign");
        s.put("purpose", "To hear what went wrong when people called.");
        s.put("type", "WORKSHOP");
        s.put("format", "IN_PERSON");
        s.put("start", "2030-12-16T18:00:00Z");
        s.put("end", "2030-12-16T20:00:00Z");
        s.put("timeZone", "Europe/London");
        s.put("venue", Map.of("name", venue, "address", "1 High Street, Leeds"));
        s.put("sequence", 3);
        return s;
    }

    @Test
    void anEmailDeliveryHasNoDocumentAndCannotBeMarkedPosted() {
        given().auth()
                .oauth2(TestTokens.coordinator())
                .get("/deliveries/" + UUID.randomUUID() + "/document")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.coordinator())
                .post("/deliveries/" + UUID.randomUUID() + "/posted")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.participant(UUID.randomUUID()))
                .post("/deliveries/" + UUID.randomUUID() + "/called")
                .then()
                .statusCode(403);
    }

    private static Map<String, Object> onPaper(String name, String channel, String format) {
        Map<String, Object> person =
                People.person(UUID.randomUUID(), name, "en", "Europe/London", "WEEKLY", format, "ACTIVE");
        person.put(
                "communication",
                Map.of("channel", channel, "digestFrequency", "WEEKLY", "digestDay", "MONDAY", "format", format));
        person.put("createdAt", "2020-01-06T09:00:00Z");
        return person;
    }

    private void stub(Map<String, Object> person) {
        others.stubFor(post(urlEqualTo("/participants/lookup")).willReturn(okJson(People.lookup(List.of(person)))));
        others.stubFor(post(urlEqualTo("/agendas"))
                .willReturn(okJson(People.json(Map.of(
                        "items",
                        List.of(Map.of(
                                "participantId",
                                person.get("id"),
                                "upcomingSessions",
                                List.of(Map.of(
                                        "sessionId", UUID.randomUUID().toString(),
                                        "projectName", "Crisis line",
                                        "title", "Listening day",
                                        "start", "2030-04-12T17:00:00Z",
                                        "end", "2030-04-12T18:30:00Z",
                                        "timeZone", "Europe/London",
                                        "status", "SCHEDULED",
                                        "format", "IN_PERSON",
                                        "venue", Map.of("name", "Community Hall"))))))))));
    }

    private static String startRun(Map<String, Object> person) {
        return given().auth()
                .oauth2(TestTokens.coordinator())
                .contentType(ContentType.JSON)
                .body("{\"participantIds\": [\"" + person.get("id") + "\"], \"force\": true}")
                .post("/digests/runs")
                .then()
                .statusCode(202)
                .extract()
                .path("id");
    }

    private static JsonPath awaitRunCompleted(String runId) {
        JsonPath[] last = new JsonPath[1];
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> {
                    last[0] = given().auth()
                            .oauth2(TestTokens.coordinator())
                            .get("/digests/runs/" + runId)
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath();
                    assertThat(last[0].getString("status")).isEqualTo("COMPLETED");
                });
        return last[0];
    }

    /** Waits for the person's one delivery to read as this status. */
    private static JsonPath deliveries(Map<String, Object> person, String status) {
        JsonPath[] last = new JsonPath[1];
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> {
                    last[0] = given().auth()
                            .oauth2(TestTokens.coordinator())
                            .queryParam("participantId", person.get("id"))
                            .queryParam("status", status)
                            .get("/deliveries")
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath();
                    assertThat(last[0].getList("items")).hasSize(1);
                });
        return last[0];
    }
}
