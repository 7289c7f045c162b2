package org.coproduction.notifications.reminder;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.coproduction.notifications.retry.DeliveryRetryService;
import org.coproduction.notifications.support.InjectWireMock;
import org.coproduction.notifications.support.Mailbox;
import org.coproduction.notifications.support.OtherServicesWireMock;
import org.coproduction.notifications.support.People;
import org.coproduction.notifications.support.SharedSmtp;
import org.coproduction.platform.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Issue 13: reminders 48 hours ahead, once per person, session and start, checked again when sent. */
@QuarkusTest
@QuarkusTestResource(OtherServicesWireMock.class)
class ReminderJobTest {

    private static final String ICS =
            "BEGIN:VCALENDAR\r\nPRODID:-//Co-production support suite//sessions-service//EN\r\n"
                    + "VERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTAMP:20261201T100000Z\r\nDTSTART:20261214T180000Z\r\n"
                    + "DTEND:20261214T200000Z\r\nSUMMARY:Listening\r\nUID:reminder-test@sessions.coproduction\r\n"
                    + "SEQUENCE:2\r\nSTATUS:CONFIRMED\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

    @RegisterExtension
    static GreenMailExtension smtp = SharedSmtp.SERVER;

    @InjectWireMock
    WireMockServer others;

    @Inject
    ReminderPlanner planner;

    @Inject
    DeliveryRetryService jobs;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @BeforeEach
    void reset() {
        others.resetAll();
    }

    private static Map<String, Object> listed(
            UUID id, Instant start, String status, List<Map<String, Object>> invitees, Map<UUID, String> answers) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", id.toString());
        s.put("projectId", UUID.randomUUID().toString());
        s.put("title", "Listening to what went wrong");
        s.put("type", "WORKSHOP");
        s.put("format", "IN_PERSON");
        s.put("status", status);
        s.put("start", start.toString());
        s.put("end", start.plus(Duration.ofHours(2)).toString());
        s.put("timeZone", "Europe/London");
        s.put("invitees", invitees.stream().map(p -> p.get("id")).toList());
        List<Map<String, Object>> given = new ArrayList<>();
        answers.forEach((who, answer) -> given.add(Map.of("participantId", who.toString(), "answer", answer)));
        s.put("answers", given);
        s.put("comingCount", 0);
        return s;
    }

    private static Map<String, Object> upcoming(UUID id, Instant start, String status, String answer) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("sessionId", id.toString());
        s.put("projectId", UUID.randomUUID().toString());
        s.put("projectName", "Crisis line redesign");
        s.put("title", "Listening to what went wrong");
        s.put("purpose", "To hear what went wrong.");
        s.put("type", "WORKSHOP");
        s.put("format", "IN_PERSON");
        s.put("start", start.toString());
        s.put("end", start.plus(Duration.ofHours(2)).toString());
        s.put("timeZone", "Europe/London");
        s.put("status", status);
        s.put("venue", Map.of("name", "Community Hall", "address", "1 High Street, Leeds", "format", "IN_PERSON"));
        s.put("joiningLink", null);
        s.put(
                "arrangements",
                Map.of(
                        "interpretation",
                        List.of("bfi"),
                        "captions",
                        true,
                        "largePrintMaterials",
                        false,
                        "easyReadMaterials",
                        false,
                        "breaks",
                        true));
        s.put("answer", answer);
        return s;
    }

    private void stubSessions(Map<String, Object>... sessions) {
        others.stubFor(get(urlPathEqualTo("/sessions"))
                .willReturn(okJson(People.json(
                        Map.of("items", List.of(sessions), "page", 0, "size", 200, "total", sessions.length)))));
    }

    private void stubAgendas(List<Map<String, Object>> people, Map<String, Object> upcoming) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (var p : people) {
            items.add(Map.of(
                    "participantId",
                    p.get("id"),
                    "upcomingSessions",
                    upcoming == null ? List.of() : List.of(upcoming)));
        }
        others.stubFor(post(urlEqualTo("/agendas")).willReturn(okJson(People.json(Map.of("items", items)))));
    }

    private void stubPeopleAndCalendar(List<Map<String, Object>> people, UUID sessionId) {
        others.stubFor(post(urlEqualTo("/participants/lookup")).willReturn(okJson(People.lookup(people))));
        others.stubFor(get(urlEqualTo("/sessions/" + sessionId + "/calendar.ics"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "text/calendar")
                        .withBody(ICS)));
    }

    private static List<Map<String, Object>> reminders(Map<String, Object> person) {
        return JsonPath.from(given().auth()
                        .oauth2(TestTokens.coordinator())
                        .queryParam("participantId", person.get("id"))
                        .queryParam("kind", "REMINDER")
                        .when()
                        .get("/deliveries")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .getList("items");
    }

    private void awaitMessages(int count) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> {
                    if (smtp.getReceivedMessages().length < count) {
                        jobs.retryWaiting();
                    }
                    return smtp.getReceivedMessages().length >= count;
                });
    }

    @Test
    void inviteesGetOneReminderInTheirLanguageExceptWhoSaidTheyCannotCome() throws Exception {
        var aisha = People.active(UUID.randomUUID(), "Aisha");
        var gwen = People.person(UUID.randomUUID(), "Gwen", "cy", "Europe/London", "WEEKLY", "LARGE_PRINT", "ACTIVE");
        var lee = People.active(UUID.randomUUID(), "Lee");
        UUID soon = UUID.randomUUID();
        Instant start = now.plus(Duration.ofHours(47));
        UUID later = UUID.randomUUID();
        UUID cancelled = UUID.randomUUID();
        stubSessions(
                listed(
                        soon,
                        start,
                        "SCHEDULED",
                        List.of(aisha, gwen, lee),
                        Map.of(UUID.fromString((String) lee.get("id")), "NOT_COMING")),
                listed(later, now.plus(Duration.ofHours(49)), "SCHEDULED", List.of(aisha), Map.of()),
                listed(cancelled, now.plus(Duration.ofHours(3)), "CANCELLED", List.of(aisha), Map.of()));
        stubAgendas(List.of(aisha, gwen), upcoming(soon, start, "SCHEDULED", "COMING"));
        stubPeopleAndCalendar(List.of(aisha, gwen, lee), soon);

        assertThat(planner.run(now)).hasSize(2);
        awaitMessages(2);

        var mail = Mailbox.byRecipient(smtp.getReceivedMessages());
        assertThat(mail).containsOnlyKeys(People.email(aisha), People.email(gwen));
        MimeMessage toAisha = mail.get(People.email(aisha));
        assertThat(toAisha.getSubject()).startsWith("Reminder: Listening to what went wrong on ");
        assertThat(Mailbox.partOfType(toAisha, "text/html"))
                .contains(
                        "<h1>A reminder of your session</h1>",
                        "<li>How to get there: Community Hall, 1 High Street, Leeds</li>",
                        "<li>Arrangements made for you: British Sign Language (BSL), captions, regular breaks</li>",
                        "<li>What it is for: To hear what went wrong.</li>",
                        "(Europe/London time)");
        var calendar = Mailbox.leaves(toAisha).stream()
                .filter(l -> l.contentType().startsWith("text/calendar"))
                .findFirst()
                .orElseThrow();
        assertThat(calendar.contentType()).contains("method=REQUEST");
        assertThat(calendar.content().replace("\r\n ", ""))
                .contains("METHOD:REQUEST", "SEQUENCE:2", "RSVP=FALSE", "mailto:" + People.email(aisha));
        MimeMessage toGwen = mail.get(People.email(gwen));
        assertThat(toGwen.getSubject()).startsWith("Nodyn atgoffa: Listening to what went wrong ar ddydd ");
        assertThat(Mailbox.partOfType(toGwen, "text/html")).contains("font-size: 24px", "Sut i gyrraedd:");

        // The job runs again (on this or another instance): nothing new is made, nobody gets a second reminder.
        assertThat(planner.run(now.plusSeconds(300))).isEmpty();
        jobs.retryWaiting();
        assertThat(smtp.getReceivedMessages()).hasSize(2);
        assertThat(reminders(aisha))
                .hasSize(1)
                .first()
                .extracting(d -> d.get("status"))
                .isEqualTo("SENT");
        assertThat(reminders(lee)).isEmpty();
    }

    @Test
    void twoInstancesPlanningAtOnceMakeEachReminderOnce() throws Exception {
        List<Map<String, Object>> people = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            people.add(People.active(UUID.randomUUID(), "Person" + i));
        }
        UUID session = UUID.randomUUID();
        Instant start = now.plus(Duration.ofHours(30));
        stubSessions(listed(session, start, "SCHEDULED", people, Map.of()));

        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<List<UUID>>> instances = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            instances.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return planner.plan(now);
            }));
        }
        go.countDown();
        int made = 0;
        for (var instance : instances) {
            made += instance.get().size();
        }

        assertThat(made).isEqualTo(20);
        for (var person : people) {
            assertThat(reminders(person)).hasSize(1);
        }
        // And directly: the database refuses a second row for the same person, session and start.
        assertThat(planner.plan(now)).isEmpty();
    }

    @Test
    void aMovedSessionGetsANewReminderAndTheOldOneIsSkipped() throws Exception {
        var nia = People.active(UUID.randomUUID(), "Nia");
        UUID session = UUID.randomUUID();
        Instant first = now.plus(Duration.ofHours(20));
        Instant moved = now.plus(Duration.ofHours(26));
        stubSessions(listed(session, first, "SCHEDULED", List.of(nia), Map.of()));
        assertThat(planner.plan(now)).hasSize(1);

        // Moved before the first reminder went: the listing and the agenda show the new start.
        stubSessions(listed(session, moved, "SCHEDULED", List.of(nia), Map.of()));
        stubAgendas(List.of(nia), upcoming(session, moved, "SCHEDULED", null));
        stubPeopleAndCalendar(List.of(nia), session);
        assertThat(planner.run(now)).hasSize(1);
        awaitMessages(1);
        jobs.retryWaiting();

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(reminders(nia))
                        .extracting(d -> d.get("status"))
                        .containsExactlyInAnyOrder("SENT", "SKIPPED"));
        assertThat(reminders(nia))
                .filteredOn(d -> "SKIPPED".equals(d.get("status")))
                .extracting(d -> d.get("lastError"))
                .containsExactly(ReminderMails.MOVED);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aReminderIsInThePersonsExportAndGoesWithTheirErasure() {
        var ada = People.active(UUID.randomUUID(), "Ada");
        UUID session = UUID.randomUUID();
        stubSessions(listed(session, now.plus(Duration.ofHours(5)), "SCHEDULED", List.of(ada), Map.of()));
        assertThat(planner.plan(now)).hasSize(1);
        String service = TestTokens.service("participants-service");

        JsonPath export = JsonPath.from(given().auth()
                .oauth2(service)
                .get("/exports/" + ada.get("id"))
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertThat(export.getList("deliveries.kind")).containsExactly("REMINDER");

        given().auth()
                .oauth2(service)
                .contentType("application/json")
                .body("{\"participantId\":\"" + ada.get("id") + "\"}")
                .post("/erasures")
                .then()
                .statusCode(204);
        assertThat(reminders(ada)).isEmpty();
        // sessions-service may still list them for a moment: no new reminder names an erased person.
        assertThat(planner.plan(now)).isEmpty();
        assertThat(reminders(ada)).isEmpty();
    }

    @Test
    void aSessionCancelledOrDeclinedBeforeTheReminderGoesIsNotReminded() {
        var sam = People.active(UUID.randomUUID(), "Sam");
        var kim = People.active(UUID.randomUUID(), "Kim");
        UUID session = UUID.randomUUID();
        Instant start = now.plus(Duration.ofHours(10));
        stubSessions(listed(session, start, "SCHEDULED", List.of(sam, kim), Map.of()));
        assertThat(planner.plan(now)).hasSize(2);

        // Cancelled in between: no longer among Sam's upcoming sessions; Kim said "I can't come".
        List<Map<String, Object>> items = List.of(
                Map.of("participantId", sam.get("id"), "upcomingSessions", List.of()),
                Map.of(
                        "participantId",
                        kim.get("id"),
                        "upcomingSessions",
                        List.of(upcoming(session, start, "SCHEDULED", "NOT_COMING"))));
        others.stubFor(post(urlEqualTo("/agendas")).willReturn(okJson(People.json(Map.of("items", items)))));
        stubPeopleAndCalendar(List.of(sam, kim), session);
        jobs.retryWaiting();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(reminders(sam)).extracting(d -> d.get("lastError")).containsExactly(ReminderMails.NOT_UPCOMING);
            assertThat(reminders(kim)).extracting(d -> d.get("lastError")).containsExactly(ReminderMails.NOT_COMING);
        });
        assertThat(smtp.getReceivedMessages()).isEmpty();
        others.verify(0, getRequestedFor(urlEqualTo("/sessions/" + session + "/calendar.ics")));
    }
}
