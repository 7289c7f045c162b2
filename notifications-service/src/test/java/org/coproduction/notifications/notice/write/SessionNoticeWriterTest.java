package org.coproduction.notifications.notice.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.coproduction.notifications.domain.NoticeKind;
import org.junit.jupiter.api.Test;

class SessionNoticeWriterTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final SessionDetails.Venue HALL = new SessionDetails.Venue("Community Hall", "1 High Street, Leeds");
    private static final SessionDetails.Venue LIBRARY = new SessionDetails.Venue("Library Room", "2 Park Row, Leeds");
    private static final SessionDetails WORKSHOP = new SessionDetails(
            "Listening to what went wrong",
            "Crisis line redesign",
            "To hear what went wrong\nwhen people called.",
            "WORKSHOP",
            "IN_PERSON",
            Instant.parse("2026-12-14T18:00:00Z"),
            Instant.parse("2026-12-14T20:00:00Z"),
            "Europe/London",
            HALL,
            null,
            2);

    private final SessionNoticeWriter writer = new SessionNoticeWriter();

    private static SessionDetails at(SessionDetails s, SessionDetails.Venue venue) {
        return new SessionDetails(
                s.title(),
                s.projectName(),
                s.purpose(),
                s.type(),
                s.format(),
                s.start(),
                s.end(),
                s.timeZone(),
                venue,
                s.joiningLink(),
                s.sequence());
    }

    private static SessionDetails movedBy(SessionDetails s, long days) {
        return new SessionDetails(
                s.title(),
                s.projectName(),
                s.purpose(),
                s.type(),
                s.format(),
                s.start().plusSeconds(days * 86_400),
                s.end().plusSeconds(days * 86_400),
                s.timeZone(),
                s.venue(),
                s.joiningLink(),
                s.sequence());
    }

    private static SessionDetails online(SessionDetails s, String link) {
        return new SessionDetails(
                s.title(),
                s.projectName(),
                s.purpose(),
                s.type(),
                "ONLINE",
                s.start(),
                s.end(),
                s.timeZone(),
                null,
                link,
                s.sequence());
    }

    @Test
    void anInvitationInEnglishGivesEachFactOnItsOwnLineWithTheZoneNamed() {
        WrittenNotice n = writer.write(
                NoticeKind.SESSION_INVITATION, "You are invited", WORKSHOP, null, null, null, "en", LONDON);

        assertThat(n.subject()).isEqualTo("Invitation: Listening to what went wrong");
        assertThat(n.changes()).isEmpty();
        assertThat(n.facts())
                .containsExactly(
                        "What: Listening to what went wrong",
                        "Project: Crisis line redesign",
                        "When: Monday 14 December 2026, 18:00 to 20:00 (Europe/London time)",
                        "Where: Community Hall, 1 High Street, Leeds",
                        "What it is for: To hear what went wrong when people called.");
        assertThat(n.noteHeading()).isNull();
        assertThat(n.note()).isEmpty();
    }

    @Test
    void anInvitationInWelshUsesWelshDayNamesAndTheReadersZone() {
        WrittenNotice n = writer.write(
                NoticeKind.SESSION_INVITATION,
                "Gwahoddiad",
                WORKSHOP,
                null,
                null,
                null,
                "cy",
                ZoneId.of("Europe/Paris"));

        assertThat(n.subject()).isEqualTo("Gwahoddiad: Listening to what went wrong");
        assertThat(n.facts())
                .contains(
                        "Beth: Listening to what went wrong",
                        "Prosiect: Crisis line redesign",
                        "Pryd: dydd Llun 14 Rhagfyr 2026, 19:00 i 21:00 (amser Europe/Paris)",
                        "Ble: Community Hall, 1 High Street, Leeds",
                        "Beth yw ei bwrpas: To hear what went wrong when people called.");
    }

    @Test
    void aVenueChangeNamesTheOldAndNewVenueAndSaysTheTimeIsTheSame() {
        WrittenNotice n = writer.write(
                NoticeKind.SESSION_CHANGED,
                "A session has changed",
                at(WORKSHOP, LIBRARY),
                WORKSHOP,
                null,
                null,
                "en",
                LONDON);

        assertThat(n.subject()).isEqualTo("Session changed: Listening to what went wrong");
        assertThat(n.changes())
                .containsExactly("The venue changed from Community Hall to Library Room.", "The time is the same.");
        assertThat(n.facts()).contains("Where: Library Room, 2 Park Row, Leeds", "What: Listening to what went wrong");
        assertThat(n.facts()).anyMatch(f -> f.startsWith("What it is for: "));
    }

    @Test
    void aTimeChangeSaysFromWhatToWhatAndThatThePlaceIsTheSame() {
        WrittenNotice n =
                writer.write(NoticeKind.SESSION_CHANGED, "h", movedBy(WORKSHOP, 1), WORKSHOP, null, null, "en", LONDON);

        assertThat(n.changes())
                .containsExactly(
                        "The time changed from Monday 14 December, 18:00 to Tuesday 15 December, 18:00.",
                        "The place is the same.");
    }

    @Test
    void aTimeChangeInWelshMutatesTheDayAfterOAndI() {
        WrittenNotice n =
                writer.write(NoticeKind.SESSION_CHANGED, "h", movedBy(WORKSHOP, 1), WORKSHOP, null, null, "cy", LONDON);

        assertThat(n.subject()).isEqualTo("Sesiwn wedi newid: Listening to what went wrong");
        assertThat(n.changes())
                .containsExactly(
                        "Mae'r amser wedi newid o ddydd Llun 14 Rhagfyr, 18:00 i ddydd Mawrth 15 Rhagfyr, 18:00.",
                        "Mae'r lle yr un fath.");
    }

    @Test
    void aWelshVenueChangeSaysTheTimeIsTheSame() {
        WrittenNotice n = writer.write(
                NoticeKind.SESSION_CHANGED, "h", at(WORKSHOP, LIBRARY), WORKSHOP, null, null, "cy", LONDON);

        assertThat(n.changes())
                .containsExactly(
                        "Mae'r lleoliad wedi newid o Community Hall i Library Room.", "Mae'r amser yr un fath.");
    }

    @Test
    void movingOnlineSaysTheFormatChangedAndGivesTheNewJoiningLink() {
        SessionDetails now = online(WORKSHOP, "https://meet.example.org/crisis-line");
        WrittenNotice n = writer.write(NoticeKind.SESSION_CHANGED, "h", now, WORKSHOP, null, null, "en", LONDON);

        assertThat(n.changes())
                .containsExactly(
                        "The session was in person. Now it is online.",
                        "There is now a joining link.",
                        "The time is the same.");
        assertThat(n.facts())
                .contains("Where: online", "Joining link: https://meet.example.org/crisis-line")
                .noneMatch(f -> f.contains("Community Hall"));
    }

    @Test
    void aNewJoiningLinkIsSaidOnceAndShown() {
        SessionDetails before = online(WORKSHOP, "https://meet.example.org/old");
        SessionDetails now = online(WORKSHOP, "https://meet.example.org/new");
        WrittenNotice n = writer.write(NoticeKind.SESSION_CHANGED, "h", now, before, null, null, "cy", LONDON);

        assertThat(n.changes()).containsExactly("Mae'r ddolen i ymuno wedi newid.", "Mae'r amser yr un fath.");
        assertThat(n.facts()).contains("Ble: ar-lein", "Dolen i ymuno: https://meet.example.org/new");
    }

    @Test
    void aCancellationGivesTheReasonAndTheOrganisersNoteUnderItsOwnHeading() {
        WrittenNotice n = writer.write(
                NoticeKind.SESSION_CANCELLED,
                "A session has been cancelled",
                WORKSHOP,
                null,
                "The hall flooded",
                "We are sorry.\n\nWe will offer a new date soon.",
                "en",
                LONDON);

        assertThat(n.subject()).isEqualTo("Session cancelled: Listening to what went wrong");
        assertThat(n.facts()).last().isEqualTo("Why: The hall flooded");
        assertThat(n.noteHeading()).isEqualTo("A note from the organisers:");
        assertThat(n.note()).containsExactly("We are sorry.", "We will offer a new date soon.");
    }

    @Test
    void aWelshCancellationGivesTheReasonInWelshWording() {
        WrittenNotice n =
                writer.write(NoticeKind.SESSION_CANCELLED, "h", WORKSHOP, null, "The hall flooded", null, "cy", LONDON);

        assertThat(n.subject()).isEqualTo("Sesiwn wedi'i chanslo: Listening to what went wrong");
        assertThat(n.facts()).contains("Pam: The hall flooded");
        assertThat(n.noteHeading()).isNull();
    }

    @Test
    void noSentenceIsRepeated() {
        SessionDetails now = online(WORKSHOP, "https://meet.example.org/x");
        WrittenNotice n = writer.write(NoticeKind.SESSION_CHANGED, "h", now, now, null, null, "en", LONDON);

        assertThat(n.changes()).containsExactly("The time is the same.", "The place is the same.");
        assertThat(n.facts()).doesNotHaveDuplicates();
    }

    @Test
    void aSessionThatCrossesMidnightNamesBothDaysAndWelshMutatesTheSecond() {
        SessionDetails late = new SessionDetails(
                "Night shift stories",
                null,
                null,
                "MEETING",
                "ONLINE",
                Instant.parse("2026-12-14T22:30:00Z"),
                Instant.parse("2026-12-15T00:30:00Z"),
                "Europe/London",
                null,
                null,
                0);

        assertThat(writer.write(NoticeKind.SESSION_INVITATION, "h", late, null, null, null, "cy", LONDON)
                        .facts())
                .contains(
                        "Pryd: dydd Llun 14 Rhagfyr 2026, 22:30 i ddydd Mawrth 15 Rhagfyr 2026, 00:30 (amser "
                                + "Europe/London)",
                        "Ble: ar-lein");
        assertThat(writer.write(NoticeKind.SESSION_INVITATION, "h", late, null, null, null, "en", LONDON)
                        .facts())
                .contains("When: Monday 14 December 2026, 22:30 to Tuesday 15 December 2026, 00:30 (Europe/London "
                        + "time)");
    }

    @Test
    void aWelshReminderSubjectSaysArDdyddLlun() {
        NoticeWords cy = NoticeWords.of("cy");
        assertThat(cy.subjectReminder("Gweithdy", cy.day(WORKSHOP.start().atZone(LONDON))))
                .isEqualTo("Nodyn atgoffa: Gweithdy ar ddydd Llun 14 Rhagfyr");
        assertThat(cy.reminderIntro(cy.day(WORKSHOP.start().atZone(LONDON))))
                .startsWith("Mae eich sesiwn ar ddydd Llun");
    }
}
