package org.coproduction.notifications.notice.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.notifications.domain.NoticeKind;
import org.junit.jupiter.api.Test;

/** The four care notices (issue 14), each written for one reader in English and Welsh, names and dates in zone. */
class CareNoticeWriterTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");
    private static final UUID READER = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID AISHA = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final UUID BEN = UUID.fromString("00000000-0000-0000-0000-0000000000b2");
    private static final UUID SAM = UUID.fromString("00000000-0000-0000-0000-0000000000c3");
    private static final UUID GONE = UUID.fromString("00000000-0000-0000-0000-0000000000d4");
    private static final Map<UUID, String> NAMES = Map.of(AISHA, "Aisha", BEN, "Ben", SAM, "Sam");
    private static final SessionDetails SESSION = new SessionDetails(
            "Listening to what went wrong",
            "Crisis line redesign",
            null,
            "WORKSHOP",
            "IN_PERSON",
            Instant.parse("2026-12-14T18:00:00Z"),
            Instant.parse("2026-12-14T20:00:00Z"),
            "Europe/London",
            null,
            null,
            1,
            new SessionDetails.Sensitive("We will talk about crisis care", SAM),
            true);

    private final CareNoticeWriter writer = new CareNoticeWriter();

    private static Reader reader(UUID id, String lang, ZoneId zone) {
        return new Reader(id, lang, zone, NAMES);
    }

    @Test
    void aCheckInAsksNothingAndOffersTheBreakPage() {
        WrittenNotice en = writer.write(
                NoticeKind.CHECK_IN, CareFacts.NONE, null, reader(READER, "en", LONDON), "https://portal/break?link=t");
        assertThat(en.subject()).isEqualTo("We are thinking of you");
        assertThat(en.changes())
                .contains("There is nothing you need to do, and you don't need to reply.")
                .noneMatch(line -> line.contains("?"));
        assertThat(en.linkText()).isEqualTo("Taking a break");
        assertThat(en.linkUrl()).isEqualTo("https://portal/break?link=t");

        WrittenNotice cy = writer.write(
                NoticeKind.CHECK_IN, CareFacts.NONE, null, reader(READER, "cy", LONDON), "https://portal/break?link=t");
        assertThat(cy.lang()).isEqualTo("cy");
        assertThat(cy.changes()).contains("Does dim byd y mae angen i chi ei wneud, a does dim angen i chi ateb.");
        assertThat(cy.linkText()).isEqualTo("Cymryd seibiant");
    }

    private static CareFacts engagement() {
        return new CareFacts(
                new CareFacts.Engagement(
                        UUID.randomUUID(),
                        "Crisis line redesign",
                        List.of(
                                new CareFacts.Person(
                                        AISHA,
                                        List.of(
                                                new CareFacts.Reason("MISSED_SESSIONS", 3),
                                                new CareFacts.Reason("UNANSWERED_INVITATIONS", 2)),
                                        // Late on Sunday in London is already Monday in Auckland.
                                        Instant.parse("2026-11-01T22:30:00Z")),
                                new CareFacts.Person(
                                        BEN, List.of(new CareFacts.Reason("NO_SESSION_FOR_WEEKS", 8)), null),
                                new CareFacts.Person(
                                        GONE, List.of(new CareFacts.Reason("DECLINED_INVITATIONS", 2)), null))),
                null,
                null);
    }

    @Test
    void aSummaryNamesEachPersonWithReasonsAndWhenTheyLastCame() {
        WrittenNotice en =
                writer.write(NoticeKind.ENGAGEMENT_SUMMARY, engagement(), null, reader(READER, "en", LONDON), null);
        assertThat(en.subject()).isEqualTo("People who might need a call: Crisis line redesign");
        assertThat(en.headline()).isEqualTo("People who might need a call");
        assertThat(en.changes())
                .containsSubsequence(
                        "These people in Crisis line redesign have not taken part for a while. They might need a call.",
                        "Aisha: not at the last 3 sessions; last 2 invitations not answered. Last came on Sunday 1"
                                + " November.",
                        "Ben: no session for 8 weeks. Has not come yet.")
                // Someone no longer known (erased since) is not listed.
                .hasSize(4);

        WrittenNotice auckland =
                writer.write(NoticeKind.ENGAGEMENT_SUMMARY, engagement(), null, reader(READER, "en", AUCKLAND), null);
        assertThat(auckland.changes().get(1)).endsWith("Last came on Monday 2 November.");

        WrittenNotice cy =
                writer.write(NoticeKind.ENGAGEMENT_SUMMARY, engagement(), null, reader(READER, "cy", LONDON), null);
        assertThat(cy.subject()).isEqualTo("Pobl a allai fod angen galwad: Crisis line redesign");
        assertThat(cy.changes())
                .contains(
                        "Aisha: ddim yn y 3 sesiwn ddiwethaf; heb ateb y 2 gwahoddiad diwethaf. Daeth ddiwethaf ar"
                                + " ddydd Sul 1 Tachwedd.",
                        "Ben: dim sesiwn ers 8 wythnos. Heb ddod eto.");
    }

    private static CareFacts followUp(UUID mentor) {
        return new CareFacts(null, new CareFacts.FollowUp(Instant.parse("2026-12-21T20:00:00Z"), mentor, SAM), null);
    }

    @Test
    void aFollowUpOfferThanksAndOffersTheMentorOrTheContactByNameBeforeTheDate() {
        WrittenNotice en =
                writer.write(NoticeKind.FOLLOW_UP_OFFER, followUp(BEN), SESSION, reader(AISHA, "en", LONDON), null);
        assertThat(en.subject()).isEqualTo("Thank you for taking part in Listening to what went wrong");
        assertThat(en.changes())
                .contains(
                        "Thank you for taking part in Listening to what went wrong on Monday 14 December.",
                        "If it would help, you can have a debrief or a one-to-one chat with your mentor, Ben, or with"
                                + " Sam, the wellbeing contact.",
                        "This offer is open until Monday 21 December, 20:00.",
                        "You don't need to take it up, and you don't need to give a reason.");

        WrittenNotice noMentor =
                writer.write(NoticeKind.FOLLOW_UP_OFFER, followUp(null), SESSION, reader(AISHA, "en", AUCKLAND), null);
        assertThat(noMentor.changes())
                .contains(
                        "If it would help, you can have a debrief or a one-to-one chat with Sam, the wellbeing"
                                + " contact.",
                        "This offer is open until Tuesday 22 December, 09:00.");

        WrittenNotice cy =
                writer.write(NoticeKind.FOLLOW_UP_OFFER, followUp(BEN), SESSION, reader(AISHA, "cy", LONDON), null);
        assertThat(cy.changes())
                .contains(
                        "Diolch am gymryd rhan yn Listening to what went wrong ar ddydd Llun 14 Rhagfyr.",
                        "Mae'r cynnig hwn ar agor tan ddydd Llun 21 Rhagfyr, 20:00.",
                        "Os byddai'n help, gallwch chi gael sgwrs i drafod neu sgwrs un i un gyda'ch mentor, Ben, neu"
                                + " gyda Sam, y cyswllt lles.");
    }

    @Test
    void aPairingTellsEachSideWhoTheOtherIs() {
        CareFacts pair = new CareFacts(null, null, new CareFacts.Mentoring(AISHA, BEN));
        WrittenNotice mentee = writer.write(NoticeKind.MENTOR_PAIRED, pair, null, reader(AISHA, "en", LONDON), null);
        assertThat(mentee.changes()).first().isEqualTo("Ben will be your mentor or buddy.");
        WrittenNotice mentor = writer.write(NoticeKind.MENTOR_PAIRED, pair, null, reader(BEN, "en", LONDON), null);
        assertThat(mentor.subject()).isEqualTo("You will be mentoring Aisha");
        assertThat(mentor.changes()).first().isEqualTo("You will be mentoring Aisha.");
        WrittenNotice other = writer.write(NoticeKind.MENTOR_PAIRED, pair, null, reader(SAM, "en", LONDON), null);
        assertThat(other.changes()).containsExactly("Ben will be the mentor or buddy of Aisha.");

        WrittenNotice cy = writer.write(NoticeKind.MENTOR_PAIRED, pair, null, reader(AISHA, "cy", LONDON), null);
        assertThat(cy.changes()).first().isEqualTo("Ben fydd eich mentor neu gyfaill.");
        WrittenNotice cyMentor = writer.write(NoticeKind.MENTOR_PAIRED, pair, null, reader(BEN, "cy", LONDON), null);
        assertThat(cyMentor.changes()).first().isEqualTo("Byddwch chi'n mentora Aisha.");

        CareFacts erased = new CareFacts(null, null, new CareFacts.Mentoring(AISHA, GONE));
        assertThat(writer.write(NoticeKind.MENTOR_PAIRED, erased, null, reader(AISHA, "en", LONDON), null)
                        .changes())
                .first()
                .isEqualTo("We have found you a mentor or buddy.");
    }

    @Test
    void aKindWithoutItsFactsOrNotACareKindIsRefused() {
        Reader reader = reader(AISHA, "en", LONDON);
        assertThatThrownBy(() -> writer.write(NoticeKind.MENTOR_PAIRED, CareFacts.NONE, null, reader, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> writer.write(NoticeKind.GENERAL, CareFacts.NONE, null, reader, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSensitiveSessionsLinesNameTheContactAndSayNoReasonIsNeeded() {
        assertThat(SensitiveLines.of(NoticeWords.of("en"), "We will talk\nabout crisis care", "Sam", true))
                .containsExactly(
                        "Content note: We will talk about crisis care",
                        "Sam is the wellbeing contact for this session.",
                        "There will be a quiet space.",
                        "You can say you can't come without giving a reason.");
        assertThat(SensitiveLines.of(NoticeWords.of("cy"), "Am ofal mewn argyfwng", null, false))
                .containsExactly(
                        "Nodyn cynnwys: Am ofal mewn argyfwng",
                        "Gallwch chi ddweud na allwch chi ddod heb roi rheswm.");
        assertThat(SensitiveLines.of(NoticeWords.of("en"), null, "Sam", true))
                .containsExactly("There will be a quiet space.");
        assertThat(SensitiveLines.of(NoticeWords.of("en"), " ", null, false)).isEmpty();
    }
}
