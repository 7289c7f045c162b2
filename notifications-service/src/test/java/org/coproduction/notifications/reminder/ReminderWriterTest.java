package org.coproduction.notifications.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.coproduction.notifications.client.Agenda;
import org.coproduction.notifications.client.Agenda.UpcomingSession;
import org.coproduction.notifications.notice.write.WrittenNotice;
import org.junit.jupiter.api.Test;

class ReminderWriterTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    static UpcomingSession session(String format, Agenda.Venue venue, String link, Agenda.Arrangements arrangements) {
        return new UpcomingSession(
                UUID.randomUUID(),
                "Crisis line redesign",
                "Listening to what went wrong",
                "To hear what went wrong.",
                "WORKSHOP",
                format,
                Instant.parse("2026-12-14T18:00:00Z"),
                Instant.parse("2026-12-14T20:00:00Z"),
                "Europe/London",
                "SCHEDULED",
                venue,
                link,
                arrangements,
                "COMING");
    }

    private final ReminderWriter writer = new ReminderWriter();

    @Test
    void aSensitiveSessionsReminderCarriesTheContentNoteContactAndQuietSpace() {
        UUID sam = UUID.randomUUID();
        UpcomingSession plain = session(
                "IN_PERSON",
                new Agenda.Venue("Community Hall", null, "IN_PERSON"),
                null,
                new Agenda.Arrangements(List.of(), false, false, false, false, true));
        UpcomingSession sensitive = new UpcomingSession(
                plain.sessionId(),
                plain.projectName(),
                plain.title(),
                plain.purpose(),
                plain.type(),
                plain.format(),
                plain.start(),
                plain.end(),
                plain.timeZone(),
                plain.status(),
                plain.venue(),
                plain.joiningLink(),
                plain.arrangements(),
                plain.answer(),
                new Agenda.Sensitive("We will talk about experiences of crisis care", sam));

        assertThat(writer.write(sensitive, "en", LONDON, java.util.Map.of(sam, "Sam"))
                        .facts())
                .endsWith(
                        "Content note: We will talk about experiences of crisis care",
                        "Sam is the wellbeing contact for this session.",
                        "There will be a quiet space.",
                        "You can say you can't come without giving a reason.");
        assertThat(writer.write(sensitive, "cy", LONDON, java.util.Map.of(sam, "Sam"))
                        .facts())
                .endsWith(
                        "Nodyn cynnwys: We will talk about experiences of crisis care",
                        "Sam yw'r cyswllt lles ar gyfer y sesiwn hon.",
                        "Bydd lle tawel ar gael.",
                        "Gallwch chi ddweud na allwch chi ddod heb roi rheswm.");
        // A session that is not sensitive says only that a quiet space is arranged.
        assertThat(writer.write(plain, "en", LONDON).facts())
                .endsWith("There will be a quiet space.")
                .noneMatch(line -> line.startsWith("Content note") || line.contains("without giving a reason"));
    }

    @Test
    void anEnglishReminderSaysWhenHowToGetThereAndWhatWasArranged() {
        WrittenNotice n = writer.write(
                session(
                        "HYBRID",
                        new Agenda.Venue("Community Hall", "1 High Street, Leeds", "IN_PERSON"),
                        "https://meet.example.org/x",
                        new Agenda.Arrangements(List.of("bfi", "pl"), true, true, false, true)),
                "en",
                LONDON);

        assertThat(n.subject()).isEqualTo("Reminder: Listening to what went wrong on Monday 14 December");
        assertThat(n.headline()).isEqualTo("A reminder of your session");
        assertThat(n.changes())
                .containsExactly("Your session is on Monday 14 December. We look forward to seeing you.");
        assertThat(n.facts())
                .containsExactly(
                        "What: Listening to what went wrong",
                        "Project: Crisis line redesign",
                        "When: Monday 14 December 2026, 18:00 to 20:00 (Europe/London time)",
                        "How to get there: Community Hall, 1 High Street, Leeds",
                        "How to join: open this link when the session starts: https://meet.example.org/x",
                        "Arrangements made for you: British Sign Language (BSL), interpreting (pl), captions, large "
                                + "print papers, regular breaks",
                        "What it is for: To hear what went wrong.");
    }

    @Test
    void aWelshReminderMutatesTheDayAndGivesTheArrangementsInWelsh() {
        WrittenNotice n = writer.write(
                session(
                        "ONLINE",
                        null,
                        "https://meet.example.org/x",
                        new Agenda.Arrangements(List.of(), false, false, true, false)),
                "cy",
                LONDON);

        assertThat(n.subject()).isEqualTo("Nodyn atgoffa: Listening to what went wrong ar ddydd Llun 14 Rhagfyr");
        assertThat(n.headline()).isEqualTo("Nodyn atgoffa am eich sesiwn");
        assertThat(n.changes())
                .containsExactly("Mae eich sesiwn ar ddydd Llun 14 Rhagfyr. Edrychwn ymlaen at eich " + "gweld chi.");
        assertThat(n.facts())
                .contains(
                        "Pryd: dydd Llun 14 Rhagfyr 2026, 18:00 i 20:00 (amser Europe/London)",
                        "Ble: ar-lein",
                        "Sut i ymuno: agorwch y ddolen hon pan fydd y sesiwn yn dechrau: https://meet.example.org/x",
                        "Trefniadau a wnaed i chi: papurau hawdd eu darllen");
    }

    @Test
    void nothingArrangedMeansNoArrangementsLine() {
        WrittenNotice n = writer.write(
                session("IN_PERSON", new Agenda.Venue("Hall", null, "IN_PERSON"), null, null), "en", LONDON);
        assertThat(n.facts()).contains("How to get there: Hall").noneMatch(f -> f.startsWith("Arrangements"));
    }

    @Test
    void aReminderNoLongerAppliesWhenCancelledMovedOrDeclined() {
        UpcomingSession s = session("ONLINE", null, null, null);
        ReminderKey key = new ReminderKey(s.sessionId(), s.start());
        assertThat(ReminderMails.skip(java.util.Optional.of(s), key)).isEmpty();
        assertThat(ReminderMails.skip(java.util.Optional.empty(), key)).contains(ReminderMails.NOT_UPCOMING);
        assertThat(ReminderMails.skip(
                        java.util.Optional.of(s),
                        new ReminderKey(s.sessionId(), s.start().plusSeconds(3600))))
                .contains(ReminderMails.MOVED);
        UpcomingSession declined = new UpcomingSession(
                s.sessionId(),
                s.projectName(),
                s.title(),
                s.purpose(),
                s.type(),
                s.format(),
                s.start(),
                s.end(),
                s.timeZone(),
                "SCHEDULED",
                null,
                null,
                null,
                "NOT_COMING");
        assertThat(ReminderMails.skip(java.util.Optional.of(declined), key)).contains(ReminderMails.NOT_COMING);
    }

    @Test
    void theKeyNamesSessionAndStartAndReadsBack() {
        ReminderKey key = new ReminderKey(UUID.randomUUID(), Instant.parse("2026-12-14T18:00:00Z"));
        assertThat(key.periodKey()).hasSizeLessThanOrEqualTo(60).startsWith("REMINDER:" + key.sessionId());
        assertThat(ReminderKey.parse(key.periodKey())).contains(key);
        assertThat(ReminderKey.parse("NOTICE:abc")).isEmpty();
        assertThat(ReminderKey.parse("REMINDER:not-a-uuid:1")).isEmpty();
    }
}
