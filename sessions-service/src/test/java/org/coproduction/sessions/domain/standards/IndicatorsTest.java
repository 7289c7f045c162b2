package org.coproduction.sessions.domain.standards;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class IndicatorsTest {
    static final Measure DOWN = Measure.unavailable("Not available: notifications-service could not be reached.");

    static void assertIndicator(
            Indicator i, Standard standard, String code, String figure, long n, long d, String sentence) {
        assertThat(i.standard()).isEqualTo(standard);
        assertThat(i.code()).isEqualTo(code);
        assertThat(i.figure()).isEqualTo(new BigDecimal(figure));
        assertThat(i.numerator()).isEqualTo(n);
        assertThat(i.denominator()).isEqualTo(d);
        assertThat(i.sentence()).isEqualTo(sentence);
    }

    static void assertNothingYet(Function<Measure, Indicator> indicator, String sentence) {
        Indicator i = indicator.apply(Measure.of(0, 0));
        assertThat(i.figure()).isNull();
        assertThat(i.numerator()).isZero();
        assertThat(i.denominator()).isZero();
        assertThat(i.sentence()).isEqualTo(sentence);
        Indicator down = indicator.apply(DOWN);
        assertThat(down.figure()).isNull();
        assertThat(down.numerator()).isNull();
        assertThat(down.denominator()).isNull();
        assertThat(down.sentence()).isEqualTo(DOWN.unavailable());
    }

    @Test
    void oneToCountReadsInTheSingular() {
        assertThat(Indicators.paymentsWithin14Days(Measure.of(1, 1)).sentence())
                .isEqualTo("1 of 1 claim was paid within 14 days (100%).");
        assertThat(Indicators.sessionsWith14DaysNotice(Measure.of(0, 1)).sentence())
                .isEqualTo("0 of 1 session was arranged at least 14 days ahead (0%).");
        assertThat(Indicators.paymentsWithin14Days(Measure.of(2, 2)).sentence())
                .isEqualTo("2 of 2 claims were paid within 14 days (100%).");
    }

    @Test
    void invitationsAttended() {
        assertIndicator(
                Indicators.invitationsAttended(Measure.of(15, 20)),
                Standard.INCLUSION,
                "INVITATIONS_ATTENDED",
                "0.75",
                15,
                20,
                "15 of 20 invitations led to someone coming (75%).");
        assertNothingYet(
                Indicators::invitationsAttended,
                "Nothing to measure yet: no invitations to sessions that ended in this period with attendance "
                        + "recorded.");
    }

    @Test
    void accessGapsClosed() {
        assertIndicator(
                Indicators.accessGapsClosed(Measure.of(2, 3)),
                Standard.INCLUSION,
                "ACCESS_GAPS_CLOSED",
                "0.67",
                2,
                3,
                "Arrangements closed 2 of the 3 access gaps the venues alone would have left (67%).");
        assertNothingYet(
                Indicators::accessGapsClosed,
                "Nothing to measure yet: the venues alone left no access gaps at sessions that ended in this period.");
    }

    @Test
    void livedExperienceAttendees() {
        assertIndicator(
                Indicators.livedExperienceAttendees(Measure.of(1, 3)),
                Standard.INCLUSION,
                "LIVED_EXPERIENCE_ATTENDEES",
                "0.33",
                1,
                3,
                "1 of the 3 people who came to sessions have lived experience (33%).");
        assertNothingYet(
                Indicators::livedExperienceAttendees,
                "Nothing to measure yet: no attendance is recorded for sessions that ended in this period.");
    }

    @Test
    void paymentsWithin14Days() {
        assertIndicator(
                Indicators.paymentsWithin14Days(Measure.of(1, 2)),
                Standard.SUPPORT,
                "PAYMENTS_WITHIN_14_DAYS",
                "0.50",
                1,
                2,
                "1 of 2 claims were paid within 14 days (50%).");
        assertNothingYet(
                Indicators::paymentsWithin14Days,
                "Nothing to measure yet: no claims made in this period were paid or have waited more than 14 days.");
    }

    @Test
    void supportGiven() {
        assertIndicator(
                Indicators.supportGiven(Measure.of(0, 4)),
                Standard.SUPPORT,
                "SUPPORT_GIVEN",
                "0.00",
                0,
                4,
                "0 of 4 requests for training or a mentor have been met (0%).");
        assertNothingYet(
                Indicators::supportGiven, "Nothing to measure yet: no member has asked for training or a mentor.");
    }

    @Test
    void sessionsWith14DaysNotice() {
        assertIndicator(
                Indicators.sessionsWith14DaysNotice(Measure.of(3, 3)),
                Standard.PLANNING,
                "SESSIONS_WITH_14_DAYS_NOTICE",
                "1.00",
                3,
                3,
                "3 of 3 sessions were arranged at least 14 days ahead (100%).");
        assertNothingYet(Indicators::sessionsWith14DaysNotice, "Nothing to measure yet: no sessions in this period.");
    }

    @Test
    void actionsWithOwnerAndDate() {
        assertIndicator(
                Indicators.actionsWithOwnerAndDate(Measure.of(1, 8)),
                Standard.PLANNING,
                "ACTIONS_WITH_OWNER_AND_DATE",
                "0.13",
                1,
                8,
                "1 of 8 actions agreed have an owner and a due date (13%).");
        assertNothingYet(
                Indicators::actionsWithOwnerAndDate,
                "Nothing to measure yet: no actions were agreed at sessions in this period.");
    }

    @Test
    void proposalsDecidedWithMembers() {
        assertIndicator(
                Indicators.proposalsDecidedWithMembers(Measure.of(2, 3)),
                Standard.WORKING_TOGETHER,
                "PROPOSALS_DECIDED_WITH_MEMBERS",
                "0.67",
                2,
                3,
                "2 of 3 proposals decided were answered by at least half the members (67%).");
        assertNothingYet(
                Indicators::proposalsDecidedWithMembers,
                "Nothing to measure yet: no proposals were decided in this period.");
    }

    @Test
    void actionsOwnedByLivedExperience() {
        assertIndicator(
                Indicators.actionsOwnedByLivedExperience(Measure.of(1, 2)),
                Standard.WORKING_TOGETHER,
                "ACTIONS_OWNED_BY_LIVED_EXPERIENCE",
                "0.50",
                1,
                2,
                "1 of 2 actions with an owner are owned by people with lived experience (50%).");
        assertNothingYet(
                Indicators::actionsOwnedByLivedExperience,
                "Nothing to measure yet: no actions with an owner were agreed at sessions in this period.");
    }

    @Test
    void sessionsWithMoreThanOneWay() {
        assertIndicator(
                Indicators.sessionsWithMoreThanOneWay(Measure.of(1, 4)),
                Standard.METHODS,
                "SESSIONS_WITH_MORE_THAN_ONE_WAY",
                "0.25",
                1,
                4,
                "1 of 4 sessions offered more than one way to take part (25%).");
        assertNothingYet(Indicators::sessionsWithMoreThanOneWay, "Nothing to measure yet: no sessions in this period.");
    }

    @Test
    void invitationsAnsweredBefore() {
        assertIndicator(
                Indicators.invitationsAnsweredBefore(Measure.of(5, 6)),
                Standard.METHODS,
                "INVITATIONS_ANSWERED_BEFORE",
                "0.83",
                5,
                6,
                "5 of 6 invitations were answered before the session (83%).");
        assertNothingYet(
                Indicators::invitationsAnsweredBefore,
                "Nothing to measure yet: no invitations to sessions that started in this period.");
    }

    @Test
    void digestsOnTime() {
        assertIndicator(
                Indicators.digestsOnTime(Measure.of(9, 10)),
                Standard.COMMUNICATION,
                "DIGESTS_ON_TIME",
                "0.90",
                9,
                10,
                "9 of 10 digests due went out on time (90%).");
        assertNothingYet(Indicators::digestsOnTime, "Nothing to measure yet: no digests were due in this period.");
    }

    @Test
    void ownLanguageAndFormat() {
        assertIndicator(
                Indicators.ownLanguageAndFormat(Measure.of(2, 2)),
                Standard.COMMUNICATION,
                "OWN_LANGUAGE_AND_FORMAT",
                "1.00",
                2,
                2,
                "2 of 2 people were reached in their own language and format (100%).");
        assertNothingYet(
                Indicators::ownLanguageAndFormat, "Nothing to measure yet: nobody was sent anything in this period.");
    }

    @Test
    void updatesReadable() {
        assertIndicator(
                Indicators.updatesReadable(Measure.of(1, 2), 60),
                Standard.COMMUNICATION,
                "UPDATES_READABLE",
                "0.50",
                1,
                2,
                "1 of 2 project updates are easy to read (reading ease 60 or more) (50%).");
        assertNothingYet(
                m -> Indicators.updatesReadable(m, 60),
                "Nothing to measure yet: no project updates were posted in this period.");
    }

    @Test
    void actionsCompleted() {
        assertIndicator(
                Indicators.actionsCompleted(Measure.of(2, 7)),
                Standard.IMPACT,
                "ACTIONS_COMPLETED",
                "0.29",
                2,
                7,
                "2 of 7 actions agreed are done (29%).");
        assertNothingYet(
                Indicators::actionsCompleted,
                "Nothing to measure yet: no actions were agreed at sessions in this period.");
    }

    @Test
    void sessionsWithSummary() {
        assertIndicator(
                Indicators.sessionsWithSummary(Measure.of(1, 1)),
                Standard.IMPACT,
                "SESSIONS_WITH_SUMMARY",
                "1.00",
                1,
                1,
                "1 of 1 session that ended has a summary of what was decided (100%).");
        assertNothingYet(Indicators::sessionsWithSummary, "Nothing to measure yet: no sessions ended in this period.");
    }

    @Test
    void figuresAndPercentagesRoundHalfUp() {
        assertThat(Indicators.figure(1, 8)).isEqualByComparingTo("0.13");
        assertThat(Indicators.percent(1, 8)).isEqualTo(13);
        assertThat(Indicators.percent(1, 200)).isEqualTo(1);
        assertThat(Indicators.figure(1, 201)).isEqualByComparingTo("0.00");
    }

    @Test
    void aMeasureNeverCountsMoreThanItMeasured() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Measure.of(3, 2))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Measure.of(-1, 2))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
