package org.coproduction.notifications.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

        List<String> made = views.build(pat, agenda(pat, session(null, null, "IN_PERSON", all)), SINCE, NOW, Map.of())
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
    void aSensitiveUpcomingSessionCarriesItsNoteContactQuietSpaceAndNoReasonNeeded() {
        Participant pat = person("cy", "WEEKLY", "MONDAY", "HTML");
        UUID sam = UUID.randomUUID();
        var quiet = new Agenda.Arrangements(List.of(), false, false, false, false, true);
        var base = session(null, null, "IN_PERSON", quiet);
        var sensitive = new Agenda.UpcomingSession(
                base.sessionId(),
                base.projectName(),
                base.title(),
                base.purpose(),
                base.type(),
                base.format(),
                base.start(),
                base.end(),
                base.timeZone(),
                base.status(),
                base.venue(),
                base.joiningLink(),
                base.arrangements(),
                null,
                new Agenda.Sensitive("Am ofal mewn argyfwng", sam));
        Agenda agenda = agenda(pat, sensitive);
        assertThat(agenda.namedPeople()).contains(sam);

        assertThat(views.build(pat, agenda, SINCE, NOW, Map.of(sam, "Sam"))
                        .upcoming()
                        .get(0)
                        .care())
                .containsExactly(
                        "Nodyn cynnwys: Am ofal mewn argyfwng",
                        "Sam yw'r cyswllt lles ar gyfer y sesiwn hon.",
                        "Bydd lle tawel ar gael.",
                        "Gallwch chi ddweud na allwch chi ddod heb roi rheswm.");
        assertThat(views.build(pat, agenda(pat, base), SINCE, NOW, Map.of())
                        .upcoming()
                        .get(0)
                        .care())
                .containsExactly("Bydd lle tawel ar gael.");
        assertThat(views.build(pat, agenda(pat, base), SINCE, NOW, Map.of()).training())
                .isNull();
    }

    @Test
    void noArrangementsOrOnlyFalseOnesListNothing() {
        Participant pat = person("en", "WEEKLY", "MONDAY", "HTML");
        var none = new Agenda.Arrangements(List.of(), false, null, false, null);

        assertThat(views.build(pat, agenda(pat, session(null, null, "IN_PERSON", none)), SINCE, NOW, Map.of())
                        .upcoming()
                        .get(0)
                        .arrangements())
                .isEmpty();
        assertThat(views.build(pat, agenda(pat, session(null, null, "IN_PERSON", null)), SINCE, NOW, Map.of())
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

        DigestView view = views.build(pat, agenda, SINCE, NOW, Map.of());

        assertThat(view.upcoming().get(0).title()).isEmpty();
        assertThat(view.upcoming().get(0).when()).isEqualTo("Monday 29 March 2027, 18:00");
        assertThat(view.summaries().get(0).when()).isEmpty();
        assertThat(view.summaries().get(0).decisions()).isEmpty();
        assertThat(view.summaries().get(0).actions())
                .extracting(DigestView.ActionLine::text)
                .containsExactly(
                        "Book the room. No one has taken this on yet.", "Tell Ann. No one has taken this on yet.");
        assertThat(view.actions())
                .containsExactly(new DigestView.ActionItem(
                        "Send the minutes", "", "", "No one has taken this on yet.", null, null));
        assertThat(view.summaries().get(0).notYet()).isNull();
        assertThat(view.summaries().get(0).contentLang()).isNull();
        assertThat(view.updates()).isEmpty();
        assertThat(view.nothingHappened()).isFalse();
        assertThat(view.thanks()).isEqualTo("Thank you for being part of this work.");
        assertThat(view.preferencesUrl()).isNull();
    }

    @Test
    void anAgendaWithNoListsAtAllIsAQuietPeriod() {
        Participant pat = person("en", "WEEKLY", "MONDAY", "HTML");

        DigestView view = views.build(pat, new Agenda(pat.id(), null, null, null, null, null), SINCE, NOW, Map.of());

        assertThat(view.nothingHappened()).isTrue();
        assertThat(view.upcoming()).isEmpty();
        assertThat(view.summaries()).isEmpty();
    }

    @Test
    void takingPartIsThankedEvenInAQuietPeriodButNeverAsABareCount() {
        Participant pat = person("en", "WEEKLY", "MONDAY", "HTML");

        DigestView hoursOnly = views.build(pat, contributions(pat, 0, 2.0), SINCE, NOW, Map.of());
        DigestView sessionsOnly = views.build(pat, contributions(pat, 1, 0), SINCE, NOW, Map.of());
        DigestView none = views.build(pat, contributions(pat, 0, 0), SINCE, NOW, Map.of());

        // An older sessions-service counts sessions without naming them: the thanks is warm, without numbers.
        assertThat(hoursOnly.thanks())
                .isEqualTo("Thank you for taking part since your last update. Your experience shapes this work.");
        assertThat(hoursOnly.nothingHappened()).isFalse();
        assertThat(sessionsOnly.thanks()).isEqualTo(hoursOnly.thanks()).doesNotContainPattern("[0-9]");
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
        // Welsh: the bare name, as the bundle says "ar ddydd {day}" (soft mutation after "ar").
        assertThat(DigestViewFactory.dayName("TUESDAY", Locale.forLanguageTag("cy")))
                .isEqualTo("Mawrth");
    }

    @Test
    void theWholeDigestIsInTheReadersLanguageWithEnglishForAnyOther() {
        Participant welsh = person("cy", "WEEKLY", "MONDAY", "HTML");
        Participant french = person("fr", "WEEKLY", "MONDAY", "HTML");

        DigestView cy = views.build(welsh, Agenda.empty(welsh.id()), SINCE, NOW, Map.of());
        DigestView fr = views.build(french, Agenda.empty(french.id()), SINCE, NOW, Map.of());

        assertThat(cy.lang()).isEqualTo("cy");
        assertThat(cy.subject()).startsWith("Eich diweddariad cyd-gynhyrchu, ").endsWith("22 Mawrth 2027");
        assertThat(cy.settings()).startsWith("Rydych").doesNotContain("You get");
        assertThat(fr.lang()).isEqualTo("en");
        assertThat(fr.subject()).isEqualTo("Your co-production update, Monday 22 March 2027");
        assertThat(wording.in("fr").greeting("Ann")).isEqualTo("Hello Ann,");
        assertThat(wording.in("cy").greeting("Ann")).isEqualTo("Helo Ann,");
    }

    @Test
    void aWelshPlainReaderGetsTheWelshPlainUpdateAndTheMarkedOriginalOfOneWithout() {
        Participant gwen = reader("cy", true, false);
        var translated = update(
                "Funding confirmed",
                null,
                List.of(
                        new Agenda.UpdateVersion("cy", false, "Cyllid", "Cyllid wedi'i gadarnhau."),
                        new Agenda.UpdateVersion("cy", true, "Arian", "Mae gennym ni arian.")));
        var untranslated = update("New room", null, List.of(new Agenda.UpdateVersion("pl", false, "Sala", "Sala.")));

        DigestView view = views.build(gwen, updates(gwen, translated, untranslated), SINCE, NOW, Map.of());

        assertThat(view.updates().get(0).title()).isEqualTo("Arian");
        assertThat(view.updates().get(0).body()).isEqualTo("Mae gennym ni arian.");
        assertThat(view.updates().get(0).notYet()).isNull();
        assertThat(view.updates().get(0).contentLang()).isNull();
        assertThat(view.updates().get(1).title()).isEqualTo("New room");
        assertThat(view.updates().get(1).notYet()).isEqualTo("Heb ei gyfieithu i'r Gymraeg eto");
        assertThat(view.updates().get(1).contentLang()).isEqualTo("en");
    }

    @Test
    void anEasyReadNeedAsksForThePlainVersionAsPlainLanguageDoes() {
        var update = update("Funding", null, List.of(new Agenda.UpdateVersion("en", true, "Money", "We have money.")));

        assertThat(views.build(
                                reader("en", false, true),
                                updates(reader("en", false, true), update),
                                SINCE,
                                NOW,
                                Map.of())
                        .updates()
                        .get(0)
                        .body())
                .isEqualTo("We have money.");
        Participant standard = reader("en", false, false);
        assertThat(views.build(standard, updates(standard, update), SINCE, NOW, Map.of())
                        .updates()
                        .get(0)
                        .body())
                .isEqualTo("Funding body");
    }

    @Test
    void aReaderWhoseLanguageHasNoBundleGetsTheirVersionWithEnglishWordsAroundIt() {
        Participant tomasz = reader("pl", false, false);
        var withPolish = update("Room", null, List.of(new Agenda.UpdateVersion("pl", false, "Sala", "Nowa sala.")));
        var englishOnly = update("Funding", null, List.of());

        DigestView view = views.build(tomasz, updates(tomasz, withPolish, englishOnly), SINCE, NOW, Map.of());

        assertThat(view.lang()).isEqualTo("en");
        assertThat(view.updates().get(0).body()).isEqualTo("Nowa sala.");
        assertThat(view.updates().get(0).contentLang()).isEqualTo("pl");
        assertThat(view.updates().get(0).notYet()).isNull();
        assertThat(view.updates().get(1).notYet()).isEqualTo("Not yet in Polish");
        assertThat(view.updates().get(1).contentLang()).isNull();
    }

    @Test
    void aCorrectedUpdateSaysItWasCorrected() {
        Participant pat = reader("en", false, false);
        var corrected = update("Funding", Instant.parse("2027-03-20T10:00:00Z"), List.of());

        DigestView.UpdateItem shown = views.build(
                        pat, updates(pat, corrected, update("Other", null, null)), SINCE, NOW, Map.of())
                .updates()
                .get(0);

        assertThat(shown.corrected()).isEqualTo("We corrected this update on Saturday 20 March 2027.");
        assertThat(views.build(pat, updates(pat, update("Other", null, null)), SINCE, NOW, Map.of())
                        .updates()
                        .get(0)
                        .corrected())
                .isNull();
    }

    @Test
    void aSummaryVersionRewritesDecisionsAndActionsByPositionAndLeavesOutWhatItDoesNotRewrite() {
        Participant gwen = reader("cy", false, false);
        UUID ann = UUID.randomUUID();
        var summary = new Agenda.Summary(
                UUID.randomUUID(),
                "Project",
                "Meeting",
                START,
                "Europe/London",
                "We talked.",
                List.of("Call-backs within an hour", "A named person"),
                List.of(new Agenda.Action("Write it up", ann, "2027-04-01", UUID.randomUUID(), false)),
                "en",
                List.of(new Agenda.SummaryVersion(
                        "cy", false, "Buon ni'n siarad.", List.of("Galw'n ôl o fewn awr", "Person penodol"), null)));

        DigestView.SummaryItem shown = views.build(gwen, summaries(gwen, summary), SINCE, NOW, Map.of(ann, "Ann"))
                .summaries()
                .get(0);

        assertThat(shown.summary()).isEqualTo("Buon ni'n siarad.");
        assertThat(shown.decisions()).containsExactly("Galw'n ôl o fewn awr", "Person penodol");
        assertThat(shown.actions())
                .extracting(DigestView.ActionLine::text)
                .containsExactly("Write it up (erbyn dydd Iau 1 Ebrill 2027). Mae Ann yn gwneud hyn.");
        assertThat(shown.notYet()).isNull();
    }

    @Test
    void everyActionNamesItsOwnerAndAnErasedOwnerReadsAsNoOneYet() {
        Participant pat = reader("en", false, false);
        UUID ann = UUID.randomUUID();
        UUID erased = UUID.randomUUID();
        var open = List.of(
                open(UUID.randomUUID(), ann, "Ring the venue"),
                open(UUID.randomUUID(), pat.id(), "Bring the leaflets"),
                open(UUID.randomUUID(), erased, "Ask the council"));
        Agenda agenda = new Agenda(pat.id(), null, null, open, null, null, null, null);

        DigestView view = views.build(pat, agenda, SINCE, NOW, Map.of(ann, "Ann"));

        assertThat(view.actions())
                .extracting(DigestView.ActionItem::who)
                .containsExactly("Ann is doing this.", "You are doing this.", "No one has taken this on yet.");
    }

    @Test
    void doneActionsAreShownOnceAsDoneAndOpenOnesAreNotRepeatedFromASummary() {
        Participant pat = reader("en", false, false);
        UUID ann = UUID.randomUUID();
        UUID inSummary = UUID.randomUUID();
        UUID finishedInSummary = UUID.randomUUID();
        UUID finishedElsewhere = UUID.randomUUID();
        UUID stillOpen = UUID.randomUUID();
        var summary = new Agenda.Summary(
                UUID.randomUUID(),
                "Project",
                "Meeting",
                START,
                null,
                "We met.",
                List.of(),
                List.of(
                        new Agenda.Action("Write it up", ann, "2027-04-01", inSummary, false),
                        new Agenda.Action("Book the room", pat.id(), "2027-04-01", finishedInSummary, false)));
        var open = List.of(
                open(inSummary, ann, "Write it up"),
                open(stillOpen, ann, "Ring the venue"),
                open(finishedElsewhere, ann, "Ask the council"));
        var completed = List.of(
                completed(finishedInSummary, pat.id(), "Book the room"),
                completed(finishedElsewhere, ann, "Ask the council"));
        Agenda agenda = new Agenda(pat.id(), null, List.of(summary), open, null, null, completed, null);

        DigestView view = views.build(pat, agenda, SINCE, NOW, Map.of(ann, "Ann"));

        assertThat(view.summaries().get(0).actions())
                .extracting(DigestView.ActionLine::text)
                .containsExactly(
                        "Write it up (due Thursday 1 April 2027). Ann is doing this.", "Book the room. Done by you.");
        assertThat(view.actions())
                .extracting(DigestView.ActionItem::description)
                .containsExactly("Ring the venue");
        assertThat(view.done()).extracting(DigestView.DoneItem::description).containsExactly("Ask the council");
        assertThat(view.done().get(0).who()).isEqualTo("Done by Ann.");
        assertThat(view.thanks()).contains("Thank you for getting this done: Book the room.");
    }

    @Test
    void eachProjectShowsItsPurposeAndUpToTwelveMembersByPreferredName() {
        Participant pat = reader("en", false, false);
        List<UUID> ids = new java.util.ArrayList<>();
        Map<UUID, String> names = new java.util.HashMap<>();
        for (int i = 1; i <= 15; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            names.put(id, "P" + i);
        }
        ids.add(UUID.randomUUID()); // erased: not named, not counted
        var big = new Agenda.Project(UUID.randomUUID(), "Crisis line", "Make calling easier", ids);
        var small = new Agenda.Project(UUID.randomUUID(), "Small", null, ids.subList(0, 2));
        var thirteen = new Agenda.Project(UUID.randomUUID(), "Thirteen", "x", ids.subList(0, 13));
        Agenda agenda = new Agenda(pat.id(), null, null, null, null, null, null, List.of(big, small, thirteen));

        DigestView view = views.build(pat, agenda, SINCE, NOW, names);

        assertThat(view.projects().get(0))
                .isEqualTo(new DigestView.ProjectItem(
                        "Crisis line",
                        "Make calling easier",
                        "P1, P2, P3, P4, P5, P6, P7, P8, P9, P10, P11, P12 and 3 others"));
        assertThat(view.projects().get(1).members()).isEqualTo("P1 and P2");
        assertThat(view.projects().get(1).purpose()).isEmpty();
        assertThat(view.projects().get(2).members()).endsWith("P12 and 1 other");
        // Projects are standing information: on their own they are not news.
        assertThat(view.nothingHappened()).isTrue();
    }

    @Test
    void inWelshMembersAreJoinedWithAOrAcBeforeAVowel() {
        Participant gwen = reader("cy", false, false);
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        var project = new Agenda.Project(UUID.randomUUID(), "P", null, List.of(a, b, c));
        Agenda agenda = new Agenda(gwen.id(), null, null, null, null, null, null, List.of(project));

        assertThat(views.build(gwen, agenda, SINCE, NOW, Map.of(a, "Dafydd", b, "Gwen", c, "Aisha"))
                        .projects()
                        .get(0)
                        .members())
                .isEqualTo("Dafydd, Gwen ac Aisha");
    }

    @Test
    void sessionsAttendedAreThankedByTitleWithTheDecisionsOfTheirSummary() {
        Participant pat = reader("en", false, false);
        UUID listening = UUID.randomUUID();
        var summary = new Agenda.Summary(
                listening,
                "Project",
                "Listening to what went wrong",
                Instant.parse("2027-03-15T18:00:00Z"),
                null,
                "We listened.",
                List.of("Call-backs within an hour"),
                List.of());
        var attended = new Agenda.Attended(
                listening, "Listening to what went wrong", Instant.parse("2027-03-15T18:00:00Z"), null, 1.5);
        Agenda agenda = new Agenda(
                pat.id(), null, List.of(summary), null, null, new Agenda.Contributions(1, 1.5, List.of(attended)));

        DigestView view = views.build(pat, agenda, SINCE, NOW, Map.of());

        assertThat(view.thanks())
                .isEqualTo("Thank you for coming to *Listening to what went wrong* on Monday 15 March, where we"
                        + " decided on call-backs within an hour. Your experience shapes this work.");
    }

    private String where(Participant person, Agenda.UpcomingSession session) {
        return views.build(person, agenda(person, session), SINCE, NOW, Map.of())
                .upcoming()
                .get(0)
                .where();
    }

    private String settings(Participant person) {
        return views.build(person, Agenda.empty(person.id()), SINCE, NOW, Map.of())
                .settings();
    }

    private static Participant reader(String language, boolean plainLanguage, boolean easyRead) {
        return new Participant(
                UUID.randomUUID(),
                "Reader Example",
                "Reader",
                "reader@example.org",
                "Europe/London",
                "ACTIVE",
                new Participant.Language(language, plainLanguage),
                new Participant.Communication("EMAIL", "WEEKLY", "MONDAY", "HTML"),
                new Participant.AccessNeeds(easyRead));
    }

    private static Agenda.ProjectUpdate update(String title, Instant correctedAt, List<Agenda.UpdateVersion> versions) {
        return new Agenda.ProjectUpdate(
                UUID.randomUUID(),
                "Project",
                title,
                title + " body",
                SINCE,
                UUID.randomUUID(),
                correctedAt,
                null,
                versions);
    }

    private static Agenda updates(Participant person, Agenda.ProjectUpdate... updates) {
        return new Agenda(person.id(), null, null, null, List.of(updates), null, null, null);
    }

    private static Agenda summaries(Participant person, Agenda.Summary... summaries) {
        return new Agenda(person.id(), null, List.of(summaries), null, null, null, null, null);
    }

    private static Agenda.OpenAction open(UUID id, UUID owner, String description) {
        return new Agenda.OpenAction(UUID.randomUUID(), "Meeting", description, null, id, owner, "en", null);
    }

    private static Agenda.CompletedAction completed(UUID id, UUID owner, String description) {
        return new Agenda.CompletedAction(
                id, UUID.randomUUID(), "Meeting", description, owner, NOW.minusSeconds(60), null, null);
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
