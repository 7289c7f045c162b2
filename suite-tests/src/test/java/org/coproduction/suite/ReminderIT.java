package org.coproduction.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Issue 13, on the real jars: a reminder comes once, two days before a session, even with two notifications-service
 * instances looking for sessions to remind people of at once; someone who said they can't come gets none, and a
 * session three days off none yet. The reminder passes axe-core.
 */
class ReminderIT {

    static SuiteEnvironment suite;
    static Coordinator coordinator;
    static ChromeDriver browser;
    final String unique = UUID.randomUUID().toString().substring(0, 6);

    @BeforeAll
    static void start() throws Exception {
        suite = SuiteEnvironment.get();
        coordinator = new Coordinator(suite);
        browser = Browser.open();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aReminderComesOnceTwoDaysAheadEvenWithTwoInstancesAndNotToSomeoneWhoCannotCome() throws Exception {
        People.Person iwan = new People.Person("iwan", "Iwan Rees", "Iwan", "LIVED_EXPERIENCE");
        People.Person jac = new People.Person("jac", "Jac Thomas", "Jac", "LIVED_EXPERIENCE");
        UUID iwanId = coordinator.register(iwan);
        UUID jacId = coordinator.register(jac);
        UUID projectId = coordinator.project("Reminders " + unique, List.of(iwanId, jacId));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
        OffsetDateTime soon = now.plusHours(47);
        String soonTitle = "Walk round the new centre " + unique;
        String laterTitle = "Look at the new signs " + unique;
        UUID soonId = onlineSession(projectId, soonTitle, soon, List.of(iwanId, jacId));
        onlineSession(projectId, laterTitle, now.plusHours(50), List.of(iwanId));
        coordinator
                .to(suite.sessions)
                .body(Map.of("answer", "NOT_COMING", "reason", "Away that week"))
                .put("/sessions/" + soonId + "/answers/" + jacId)
                .then()
                .statusCode(200);
        coordinator.awaitCalendarMailsTo(iwan.email(), soonTitle, 1);
        coordinator.awaitCalendarMailsTo(iwan.email(), laterTitle, 1);
        coordinator.awaitCalendarMailsTo(jac.email(), soonTitle, 1);

        // Two instances against the same database, each looking for sessions to remind people of every second.
        Map<String, String> often = Map.of("NOTIFICATIONS_REMINDER_EVERY", "1s");
        List<ServiceProcess> instances = List.of(
                suite.notificationsInstance(SuiteEnvironment.freePort(), often),
                suite.notificationsInstance(SuiteEnvironment.freePort(), often));
        try {
            for (ServiceProcess instance : instances) {
                instance.start();
            }
            SuiteEnvironment.awaitAllReady(instances);
            coordinator.awaitDelivery(iwanId, "REMINDER", "SENT");
            // Still one after several rounds of both instances.
            await().during(Duration.ofSeconds(5))
                    .atMost(Duration.ofSeconds(20))
                    .pollInterval(Duration.ofMillis(500))
                    .untilAsserted(() -> {
                        assertThat(coordinator.deliveries(iwanId, "REMINDER"))
                                .as("Iwan's reminders")
                                .hasSize(1);
                        assertThat(coordinator.calendarMailsTo(iwan.email(), soonTitle))
                                .as("mails to Iwan about the session in 47 hours (invitation, reminder)")
                                .hasSize(2);
                        assertThat(coordinator.calendarMailsTo(iwan.email(), laterTitle))
                                .as("mails to Iwan about the session in 50 hours (the invitation only)")
                                .hasSize(1);
                        assertThat(coordinator.deliveries(jacId, "REMINDER"))
                                .as("reminders for Jac, who can't come")
                                .isEmpty();
                        assertThat(coordinator.calendarMailsTo(jac.email(), soonTitle))
                                .as("mails to Jac (the invitation only)")
                                .hasSize(1);
                    });
        } finally {
            for (ServiceProcess instance : instances) {
                instance.stop();
            }
        }

        Mailbox.Mail reminder =
                coordinator.calendarMailsTo(iwan.email(), soonTitle).get(1);
        String local = soon.atZoneSameInstant(ZoneId.of("Europe/London")).format(DateTimeFormatter.ofPattern("HH:mm"));
        assertThat(Mailbox.words(reminder.html())).contains(soonTitle, local).doesNotContain(laterTitle);
        assertThat(reminder.html()).as("how to join").contains("https://meet.example.org/walk-" + unique);
        assertThat(reminder.attachmentTypes())
                .anySatisfy(type -> assertThat(type).contains("text/calendar").contains("method=request"));
        String ics = Mailbox.calendarOf(reminder);
        assertThat(Calendar.value(ics, "METHOD")).isEqualTo("REQUEST");
        assertThat(Calendar.properties(ics, "ATTENDEE"))
                .singleElement()
                .satisfies(a -> assertThat(a.toLowerCase(Locale.ROOT))
                        .contains("rsvp=false")
                        .endsWith(":mailto:" + iwan.email().toLowerCase(Locale.ROOT)));
        MailPages.check(browser, "reminder", reminder.html());
    }

    UUID onlineSession(UUID projectId, String title, OffsetDateTime start, List<UUID> invitees) {
        return coordinator.session(Map.of(
                "projectId",
                projectId,
                "title",
                title,
                "purpose",
                "See the place before we use it",
                "type",
                "MEETING",
                "format",
                "ONLINE",
                "joiningLink",
                "https://meet.example.org/walk-" + unique,
                "start",
                start.toString(),
                "end",
                start.plusHours(1).toString(),
                "timeZone",
                "Europe/London",
                "invitees",
                invitees));
    }
}
