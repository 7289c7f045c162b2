package org.coproduction.notifications.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.coproduction.notifications.client.Agenda;
import org.coproduction.notifications.client.Participant;
import org.junit.jupiter.api.Test;

/** The words of one digest, from whatever shape of agenda sessions-service sends: gaps read as nothing, never "null". */
@QuarkusTest
class DigestViewFactoryTest {

    private static final Instant START = Instant.parse("2027-03-29T17:00:00Z");
    private static final Instant SINCE = Instant.parse("2027-03-15T08:00:00Z");
    private static final Instant NOW = Instant.parse("2027-03-22T08:00:00Z");

    @Inject
    DigestViewFactory views;

    @Inject
    Wording wording;

    @Test
    void everyArrangementMadeIsListedAndLanguagesAreNamedInTheReadersLanguage() {
        Participant pat = person("en", "WEEKLY", "MONDAY", "HTML");
        var all = new Agenda.Arrangements(List.of("bfi", "fr", "xx"), true, true, true, true);

        List<String> made = views.build(pat, agenda(pat, session(null, null, "IN_PERSON", all)), SINCE, NOW)
                .upcoming()
                .get(0)
                .arrangements();

        assertThat(made)
                .containsExactly(
                        "Interpretation: British Sign Language (BSL), French, xx",
                        "Captions",
                        "Large print materials",
                        "Easy read materials",
                        "Regular breaks");
    }

    @Test
    void noArrangementsOrOnlyFalseOnesListNothing() {
        Participant pat = person("en", "WEEKLY", "MONDAY", "HTML");
        var none = new Agenda.Arrangements(List.of(), false, null, false, null);

        assertThat(views.build(pat, agenda(pat, session(null, null, "IN_PERSON", none)), SINCE, NOW)
                        .upcoming()
                        .get(0)
                        .arrangements())
                .isEmpty();
        assertThat(views.build(pat, agenda(pat, session(null, null, "IN_PERSON", null)), SINCE, NOW)
                        .upcoming()
                        .get(0)
                        .arrangements())
                .isEmpty();
    }

    @Test
    void whereASessionIsSaysTheVenueAndWhetherItIsOnline() {
        Participant pat = person("en", "WEEKLY", "MONDAY", "HTML");

        assertThat(where(pat, session(new Agenda.Venue("Community Hall", null, "IN_PERSON"), null, "IN_PERSON", null)))
                .isEqualTo("Community Hall");
        assertThat(where(pat, session(null, null, "ONLINE", null))).isEqualTo("Online");
        assertThat(where(pat, session(null, "https://meet.example.org/x", "IN_PERSON", null)))
                .isEqualTo("Online");
        assertThat(where(pat, session(new Agenda.Venue("Hall", "1 High Street", null), null, "HYBRID", null)))
                .isEqualTo("Hall, 1 High Street / Online");
        assertThat(where(pat, session(new Agenda.Venue(null, "1 High Street", null), null, "IN_PERSON", null)))
                .isEmpty();
        assertThat(where(pat, session(null, null, null, null))).isEmpty();
    }

    @Test
    void missingTextAndListsFromSessionsServiceReadAsNothing() {
        Participant pat = person("en", "WEEKLY", "MONDAY", "HTML");
        var bare = new Agenda.UpcomingSession(
                null, null, null, null, null, null, START, null, null, null, null, null, null);
        var summary = new Agenda.Summary(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(new Agenda.Action("Book the room", null, " "), new Agenda.Action("Tell Ann", null, null)));
        var action = new Agenda.OpenAction(null, null, "Send the minutes", null);
        Agenda agenda = new Agenda(pat.id(), List.of(bare), List.of(summary), List.of(action), null, null);

        DigestView view = views.build(pat, agenda, SINCE, NOW);

        assertThat(view.upcoming().get(0).title()).isEmpty();
        assertThat(view.upcoming().get(0).when()).isEqualTo("Monday 29 March 2027, 18:00");
        assertThat(view.summaries().get(0).when()).isEmpty();
        assertThat(view.summaries().get(0).decisions()).isEmpty();
        assertThat(view.summaries().get(0).actions()).containsExactly("Book the room", "Tell Ann");
        assertThat(view.actions()).containsExactly(new DigestView.ActionItem("Send the minutes", "", ""));
        assertThat(view.updates()).isEmpty();
        assertThat(view.nothingHappened()).isFalse();
        assertThat(view.thanks()).isEqualTo("Thank you for being part of this work.");
        assertThat(view.preferencesUrl()).isNull();
    }

    @Test
    void anAgendaWithNoListsAtAllIsAQuietPeriod() {
        Participant pat = person("en", "WEEKLY", "MONDAY", "HTML");

        DigestView view = views.build(pat, new Agenda(pat.id(), null, null, null, null, null), SINCE, NOW);

        assertThat(view.nothingHappened()).isTrue();
        assertThat(view.upcoming()).isEmpty();
        assertThat(view.summaries()).isEmpty();
    }

    @Test
    void takingPartIsThankedEvenInAQuietPeriodAndHoursAreWrittenPlainly() {
        Participant pat = person("en", "WEEKLY", "MONDAY", "HTML");

        DigestView hoursOnly = views.build(pat, contributions(pat, 0, 2.0), SINCE, NOW);
        DigestView sessionsOnly = views.build(pat, contributions(pat, 1, 0), SINCE, NOW);
        DigestView none = views.build(pat, contributions(pat, 0, 0), SINCE, NOW);

        assertThat(hoursOnly.thanks()).contains("sessions: 0. Hours given: 2.").doesNotContain("2.0");
        assertThat(hoursOnly.nothingHappened()).isFalse();
        assertThat(sessionsOnly.thanks()).contains("sessions: 1. Hours given: 0.");
        assertThat(none.thanks()).isEqualTo("Thank you for being part of this work.");
        assertThat(none.nothingHappened()).isTrue();
    }

    @Test
    void theSettingsLineSaysHowOftenOnWhichDayAndInWhatForm() {
        assertThat(settings(person("en", "FORTNIGHTLY", "WEDNESDAY", "PLAIN_TEXT")))
                .isEqualTo("You get this digest every two weeks on Wednesday, as plain text.");
        assertThat(settings(person("en", "MONTHLY", "friday", "LARGE_PRINT")))
                .isEqualTo("You get this digest on the first Friday of each month, as large print.");
        // An unknown day is Monday, as the planner reads it; an unknown format is the formatted email.
        assertThat(settings(person("en", "WEEKLY", "Caturday", "BRAILLE")))
                .isEqualTo("You get this digest every week on Monday, as a formatted email.");
        assertThat(settings(person("en", "WEEKLY", null, null)))
                .isEqualTo("You get this digest every week on Monday, as a formatted email.");
    }

    @Test
    void dayNamesAreInTheReadersLanguage() {
        assertThat(DigestViewFactory.dayName("TUESDAY", Locale.ENGLISH)).isEqualTo("Tuesday");
        assertThat(DigestViewFactory.dayName(" sunday ", Locale.ENGLISH)).isEqualTo("Sunday");
        assertThat(DigestViewFactory.dayName("TUESDAY", Locale.forLanguageTag("cy")))
                .containsIgnoringCase("Mawrth");
    }

    @Test
    void theWholeDigestIsInTheReadersLanguageWithEnglishForAnyOther() {
        Participant welsh = person("cy", "WEEKLY", "MONDAY", "HTML");
        Participant french = person("fr", "WEEKLY", "MONDAY", "HTML");

        DigestView cy = views.build(welsh, Agenda.empty(welsh.id()), SINCE, NOW);
        DigestView fr = views.build(french, Agenda.empty(french.id()), SINCE, NOW);

        assertThat(cy.lang()).isEqualTo("cy");
        assertThat(cy.subject()).startsWith("Eich diweddariad cyd-gynhyrchu, ").endsWith("22 Mawrth 2027");
        assertThat(cy.settings()).startsWith("Rydych").doesNotContain("You get");
        assertThat(fr.lang()).isEqualTo("en");
        assertThat(fr.subject()).isEqualTo("Your co-production update, Monday 22 March 2027");
        assertThat(wording.in("fr").greeting("Ann")).isEqualTo("Hello Ann,");
        assertThat(wording.in("cy").greeting("Ann")).isEqualTo("Helo Ann,");
    }

    private String where(Participant person, Agenda.UpcomingSession session) {
        return views.build(person, agenda(person, session), SINCE, NOW)
                .upcoming()
                .get(0)
                .where();
    }

    private String settings(Participant person) {
        return views.build(person, Agenda.empty(person.id()), SINCE, NOW).settings();
    }

    private static Agenda agenda(Participant person, Agenda.UpcomingSession session) {
        return new Agenda(person.id(), List.of(session), List.of(), List.of(), List.of(), null);
    }

    private static Agenda contributions(Participant person, int sessions, double hours) {
        return new Agenda(
                person.id(), List.of(), List.of(), List.of(), List.of(), new Agenda.Contributions(sessions, hours));
    }

    private static Agenda.UpcomingSession session(
            Agenda.Venue venue, String link, String format, Agenda.Arrangements arrangements) {
        return new Agenda.UpcomingSession(
                UUID.randomUUID(),
                "Project",
                "Workshop",
                "Plan",
                "WORKSHOP",
                format,
                START,
                START.plusSeconds(3600),
                "Europe/London",
                "SCHEDULED",
                venue,
                link,
                arrangements);
    }

    private static Participant person(String language, String frequency, String day, String format) {
        return new Participant(
                UUID.randomUUID(),
                "Pat Example",
                "Pat",
                "pat@example.org",
                "Europe/London",
                "ACTIVE",
                new Participant.Language(language),
                new Participant.Communication("EMAIL", frequency, day, format));
    }
}
