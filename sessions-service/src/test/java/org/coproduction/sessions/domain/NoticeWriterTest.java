package org.coproduction.sessions.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.coproduction.sessions.domain.NoticeWriter.SessionFacts;
import org.coproduction.sessions.domain.readability.ReadabilityChecker;
import org.coproduction.sessions.domain.readability.ReadabilityReport;
import org.junit.jupiter.api.Test;

class NoticeWriterTest {
    // 29 March 2027 is the first Monday of British Summer Time: 17:00Z is 18:00 in London.
    static final SessionFacts PLANNING = new SessionFacts(
            "Planning the spring workshops",
            "Crisis line",
            Instant.parse("2027-03-29T17:00:00Z"),
            Instant.parse("2027-03-29T18:30:00Z"),
            "Europe/London",
            "Community Hall, 1 High Street");

    final NoticeWriter writer = new NoticeWriter();

    @Test
    void anInvitationSaysWhatWhenWhereAndWhyAndAsksForAnAnswer() {
        SessionFacts withPurpose = new SessionFacts(
                PLANNING.title(),
                PLANNING.projectName(),
                PLANNING.start(),
                PLANNING.end(),
                PLANNING.timeZone(),
                PLANNING.place(),
                "Agree dates and topics");
        assertThat(writer.invitationSubject(withPurpose))
                .isEqualTo("Invitation: Planning the spring workshops on Mon 29 Mar");
        assertThat(writer.invitationBody(withPurpose))
                .isEqualTo("You are invited to a session.\n\n"
                        + "What: Planning the spring workshops\n"
                        + "Project: Crisis line\n"
                        + "When: Monday 29 March 2027, 18:00 to 19:30 (Europe/London time)\n"
                        + "Where: Community Hall, 1 High Street\n"
                        + "Purpose: Agree dates and topics\n\n"
                        + "Please tell us if you can come: use the links below.");
    }

    @Test
    void anInvitationWithoutAPurposeOrPlaceSaysSoPlainly() {
        SessionFacts online = new SessionFacts(
                "Check-in",
                "Crisis line",
                PLANNING.start(),
                PLANNING.end(),
                "Europe/London",
                "online: https://meet.example.org/crisis-line");
        assertThat(writer.invitationBody(online))
                .contains("Where: online: https://meet.example.org/crisis-line\n\nPlease tell us")
                .doesNotContain("Purpose");
        SessionFacts nowhere =
                new SessionFacts("Check-in", "Crisis line", PLANNING.start(), PLANNING.end(), "Europe/London", null);
        assertThat(writer.invitationBody(nowhere)).contains("Where: to be confirmed\n");
    }

    @Test
    void anInvitationUsesTheSessionsOwnDayAndTime() {
        // 02:00Z on Tuesday is still Monday evening in New York.
        SessionFacts newYork = new SessionFacts(
                "Late call",
                "Crisis line",
                Instant.parse("2027-03-30T02:00:00Z"),
                Instant.parse("2027-03-30T03:00:00Z"),
                "America/New_York",
                null);
        assertThat(writer.invitationSubject(newYork)).isEqualTo("Invitation: Late call on Mon 29 Mar");
        assertThat(writer.invitationBody(newYork))
                .contains("When: Monday 29 March 2027, 22:00 to 23:00 (America/New_York time)");
    }

    @Test
    void anInvitationIsPlainEnglish() {
        // The same check (and target) as project updates get; no jargon and no sentence over 25 words.
        ReadabilityChecker checker = new ReadabilityChecker(List.of("stakeholder", "facilitate", "cohort"), 25, 60);
        SessionFacts facts = new SessionFacts(
                PLANNING.title(),
                PLANNING.projectName(),
                PLANNING.start(),
                PLANNING.end(),
                PLANNING.timeZone(),
                PLANNING.place(),
                "Agree dates and topics");
        String body = writer.invitationBody(facts);
        ReadabilityReport report = checker.check(body);
        assertThat(report.score()).as(report.toString()).isGreaterThanOrEqualTo(60);
        assertThat(report.jargon()).as(report.toString()).isEmpty();
        // The checker reads lines without a blank between them as one sentence; each "Label: value" line is read
        // on its own, so each line is checked as one.
        ReadabilityReport byLine = checker.check(body.replace("\n", "\n\n"));
        assertThat(byLine.score()).as(byLine.toString()).isGreaterThanOrEqualTo(60);
        assertThat(byLine.advice()).as(byLine.toString()).isEmpty();
        assertThat(checker.check("You are invited to a session.").score()).isGreaterThanOrEqualTo(60);
        assertThat(checker.check("Please tell us if you can come: use the links below.")
                        .score())
                .isGreaterThanOrEqualTo(60);
        assertThat(checker.check(writer.invitationSubject(facts)).score()).isGreaterThanOrEqualTo(60);
    }

    @Test
    void aCancellationSaysWhatWhenAndWhy() {
        assertThat(writer.cancelledSubject(PLANNING))
                .isEqualTo("Cancelled: Planning the spring workshops on Mon 29 Mar");
        assertThat(writer.cancelledBody(PLANNING, "  The hall is flooded.\n"))
                .isEqualTo("Planning the spring workshops (Crisis line) on Monday 29 March 2027, 18:00 to 19:30 "
                        + "(Europe/London time) will not happen.\n\n"
                        + "Why: The hall is flooded.\n\n"
                        + "We are sorry for the change. We will tell you about the next session.");
    }

    @Test
    void aChangeSaysTheNewTimeAndPlace() {
        assertThat(writer.changedSubject(PLANNING))
                .isEqualTo("Changed: Planning the spring workshops is now on Mon 29 Mar");
        assertThat(writer.changedBody(PLANNING))
                .isEqualTo("Planning the spring workshops (Crisis line) has changed.\n\n"
                        + "When: Monday 29 March 2027, 18:00 to 19:30 (Europe/London time)\n"
                        + "Where: Community Hall, 1 High Street\n\n"
                        + "The calendar file attached has the new details.");
    }

    @Test
    void noPlaceYetReadsToBeConfirmed() {
        SessionFacts nowhere =
                new SessionFacts("Check-in", "Crisis line", PLANNING.start(), PLANNING.end(), "Europe/London", null);
        assertThat(writer.changedBody(nowhere)).contains("Where: to be confirmed\n");
    }

    @Test
    void daysAndTimesAreTheSessionsOwnNotUtc() {
        // 02:00Z on Tuesday is still Monday evening in New York.
        SessionFacts newYork = new SessionFacts(
                "Late call",
                "Crisis line",
                Instant.parse("2027-03-30T02:00:00Z"),
                Instant.parse("2027-03-30T03:00:00Z"),
                "America/New_York",
                null);
        assertThat(writer.changedSubject(newYork)).isEqualTo("Changed: Late call is now on Mon 29 Mar");
        assertThat(writer.changedBody(newYork))
                .contains("When: Monday 29 March 2027, 22:00 to 23:00 (America/New_York time)");
    }

    @Test
    void factsNameTheVenueTheLinkOrBoth() {
        Session s = session();
        assertThat(SessionFacts.of(s).place()).isNull();

        s.joiningLink = "https://meet.example.org/crisis-line";
        assertThat(SessionFacts.of(s).place()).isEqualTo("online: https://meet.example.org/crisis-line");

        Venue hall = new Venue();
        hall.name = "Community Hall";
        s.venue = hall;
        assertThat(SessionFacts.of(s).place())
                .isEqualTo("Community Hall; or online: https://meet.example.org/crisis-line");

        hall.address = "1 High Street";
        s.joiningLink = null;
        assertThat(SessionFacts.of(s)).isEqualTo(PLANNING);
    }

    @Test
    void factsCarryThePurposeStrippedOrNone() {
        Session s = session();
        s.purpose = "  Agree dates and topics \n";
        assertThat(SessionFacts.of(s).purpose()).isEqualTo("Agree dates and topics");
        s.purpose = "   ";
        assertThat(SessionFacts.of(s).purpose()).isNull();
    }

    static Session session() {
        Project project = new Project();
        project.name = "Crisis line";
        Session s = new Session();
        s.project = project;
        s.title = "Planning the spring workshops";
        s.start = PLANNING.start();
        s.end = PLANNING.end();
        s.timeZone = "Europe/London";
        return s;
    }
}
