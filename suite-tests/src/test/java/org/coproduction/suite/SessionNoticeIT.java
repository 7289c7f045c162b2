package org.coproduction.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
 * Issue 13, on the real jars: a change of venue is told in the reader's language, saying what changed from what, with
 * an iTIP calendar part (RFC 5546/6047) that updates the event a calendar program already holds; a cancellation's
 * removes it. The notices pass axe-core.
 */
class SessionNoticeIT {

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
    void aVenueChangeSaysWhatChangedWithACalendarThatUpdatesTheEventAndACancellationRemovesIt() throws Exception {
        People.Person ffion = new People.Person("ffion", "Ffion Lewis", "Ffion", "LIVED_EXPERIENCE");
        People.Person eleri =
                new People.Person("eleri", "Eleri Hughes", "Eleri", "LIVED_EXPERIENCE").language("cy", null);
        UUID ffionId = coordinator.register(ffion);
        UUID eleriId = coordinator.register(eleri);
        UUID projectId = coordinator.project("Leaflet " + unique, List.of(ffionId, eleriId));
        String hall = "Community Hall " + unique;
        String library = "Library Room " + unique;
        UUID hallId = coordinator.venue(hall, "3 Mill Lane, Leeds LS2 7AA");
        UUID libraryId = coordinator.venue(library, "Central Library, Leeds LS1 3AB");
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC)
                .plusDays(20)
                .truncatedTo(ChronoUnit.DAYS)
                .withHour(18);
        String title = "Choosing the words for the leaflet " + unique;
        UUID sessionId = coordinator.session(Map.of(
                "projectId",
                projectId,
                "title",
                title,
                "purpose",
                "Pick the words for the new leaflet",
                "type",
                "MEETING",
                "format",
                "IN_PERSON",
                "venueId",
                hallId,
                "start",
                start.toString(),
                "end",
                start.plusHours(2).toString(),
                "timeZone",
                "Europe/London",
                "invitees",
                List.of(ffionId, eleriId)));

        Mailbox.Mail invitation =
                coordinator.awaitCalendarMailsTo(ffion.email(), title, 1).get(0);
        String invitationIcs = Mailbox.calendarOf(invitation);
        assertThat(Calendar.value(invitationIcs, "METHOD")).isEqualTo("REQUEST");
        int invitedAt = Calendar.sequence(invitationIcs);

        coordinator
                .to(suite.sessions)
                .header("If-Match", coordinator.etag(sessionId))
                .body(Map.of("venueId", libraryId))
                .patch("/sessions/" + sessionId)
                .then()
                .statusCode(200);

        Mailbox.Mail change =
                coordinator.awaitCalendarMailsTo(ffion.email(), title, 2).get(1);
        String text = Mailbox.words(change.html());
        assertThat(text)
                .as("the change notice")
                .contains(hall, library, "Pick the words for the new leaflet")
                .containsIgnoringCase("the time is the same");
        assertThat(text.indexOf(hall))
                .as("the old venue comes before the new one")
                .isLessThan(text.indexOf(library));
        assertThat(change.attachmentTypes())
                .anySatisfy(type -> assertThat(type).contains("text/calendar").contains("method=request"));
        String changeIcs = Mailbox.calendarOf(change);
        assertThat(Calendar.value(changeIcs, "METHOD")).isEqualTo("REQUEST");
        assertThat(Calendar.value(changeIcs, "UID")).isEqualTo(Calendar.value(invitationIcs, "UID"));
        assertThat(Calendar.sequence(changeIcs)).as("SEQUENCE after the change").isGreaterThan(invitedAt);
        assertThat(Calendar.properties(changeIcs, "ORGANIZER"))
                .singleElement()
                .satisfies(o -> assertThat(o.toLowerCase(Locale.ROOT))
                        .contains("cn=")
                        .endsWith(":mailto:team@coproduction.test"));
        assertThat(Calendar.properties(changeIcs, "ATTENDEE"))
                .singleElement()
                .satisfies(a -> assertThat(a.toLowerCase(Locale.ROOT))
                        .contains("rsvp=false")
                        .containsPattern("cn=\"?ffion\"?[;:]")
                        .endsWith(":mailto:" + ffion.email().toLowerCase(Locale.ROOT)));
        assertThat(Calendar.value(changeIcs, "LOCATION")).contains(library);
        MailPages.check(browser, "notice-venue-changed", change.html());

        // Eleri reads it all in Welsh: the venues are named, no English sentence is left.
        Mailbox.Mail welsh =
                coordinator.awaitCalendarMailsTo(eleri.email(), title, 2).get(1);
        assertThat(welsh.html()).contains("lang=\"cy\"");
        assertThat(Mailbox.words(welsh.html()))
                .contains(hall, library)
                .doesNotContainIgnoringCase("the time is the same")
                .doesNotContainIgnoringCase("changed");
        MailPages.check(browser, "notice-venue-changed-cy", welsh.html());

        coordinator
                .to(suite.sessions)
                .header("If-Match", coordinator.etag(sessionId))
                .body(Map.of("reason", "The hall flooded " + unique))
                .post("/sessions/" + sessionId + "/cancel")
                .then()
                .statusCode(200);
        Mailbox.Mail cancellation =
                coordinator.awaitCalendarMailsTo(ffion.email(), title, 3).get(2);
        assertThat(Mailbox.words(cancellation.html())).contains("The hall flooded " + unique);
        assertThat(cancellation.attachmentTypes())
                .anySatisfy(type -> assertThat(type).contains("text/calendar").contains("method=cancel"));
        String cancelIcs = Mailbox.calendarOf(cancellation);
        assertThat(Calendar.value(cancelIcs, "METHOD")).isEqualTo("CANCEL");
        assertThat(Calendar.value(cancelIcs, "UID")).isEqualTo(Calendar.value(invitationIcs, "UID"));
        assertThat(Calendar.sequence(cancelIcs)).isGreaterThan(Calendar.sequence(changeIcs));
        assertThat(Calendar.properties(cancelIcs, "ATTENDEE"))
                .singleElement()
                .satisfies(a -> assertThat(a.toLowerCase(Locale.ROOT))
                        .endsWith(":mailto:" + ffion.email().toLowerCase(Locale.ROOT)));
    }
}
