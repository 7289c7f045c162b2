package org.coproduction.sessions.domain.standards;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Each indicator as a small pure function from its counts to a figure and a plain sentence. The figure is the share
 * that went well (two decimals); with nothing to count it is null and the sentence says there is nothing to measure
 * yet; when the counts could not be had it is null and the sentence says why.
 */
public final class Indicators {
    public static final String INVITATIONS_ATTENDED = "INVITATIONS_ATTENDED";
    public static final String ACCESS_GAPS_CLOSED = "ACCESS_GAPS_CLOSED";
    public static final String LIVED_EXPERIENCE_ATTENDEES = "LIVED_EXPERIENCE_ATTENDEES";
    public static final String PAYMENTS_WITHIN_14_DAYS = "PAYMENTS_WITHIN_14_DAYS";
    public static final String SUPPORT_GIVEN = "SUPPORT_GIVEN";
    public static final String SESSIONS_WITH_14_DAYS_NOTICE = "SESSIONS_WITH_14_DAYS_NOTICE";
    public static final String ACTIONS_WITH_OWNER_AND_DATE = "ACTIONS_WITH_OWNER_AND_DATE";
    public static final String PROPOSALS_DECIDED_WITH_MEMBERS = "PROPOSALS_DECIDED_WITH_MEMBERS";
    public static final String ACTIONS_OWNED_BY_LIVED_EXPERIENCE = "ACTIONS_OWNED_BY_LIVED_EXPERIENCE";
    public static final String SESSIONS_WITH_MORE_THAN_ONE_WAY = "SESSIONS_WITH_MORE_THAN_ONE_WAY";
    public static final String INVITATIONS_ANSWERED_BEFORE = "INVITATIONS_ANSWERED_BEFORE";
    public static final String DIGESTS_ON_TIME = "DIGESTS_ON_TIME";
    public static final String OWN_LANGUAGE_AND_FORMAT = "OWN_LANGUAGE_AND_FORMAT";
    public static final String UPDATES_READABLE = "UPDATES_READABLE";
    public static final String ACTIONS_COMPLETED = "ACTIONS_COMPLETED";
    public static final String SESSIONS_WITH_SUMMARY = "SESSIONS_WITH_SUMMARY";

    private Indicators() {}

    public static Indicator invitationsAttended(Measure m) {
        return ratio(
                Standard.INCLUSION,
                INVITATIONS_ATTENDED,
                "Invitations that led to someone coming",
                m,
                "%d of %d invitations led to someone coming",
                "%d of %d invitation led to someone coming",
                "no invitations to sessions that ended in this period with attendance recorded");
    }

    public static Indicator accessGapsClosed(Measure m) {
        return ratio(
                Standard.INCLUSION,
                ACCESS_GAPS_CLOSED,
                "Access gaps closed by arrangements before the session",
                m,
                "Arrangements closed %d of the %d access gaps the venues alone would have left",
                "Arrangements closed %d of the %d access gap the venues alone would have left",
                "the venues alone left no access gaps at sessions that ended in this period");
    }

    public static Indicator livedExperienceAttendees(Measure m) {
        return ratio(
                Standard.INCLUSION,
                LIVED_EXPERIENCE_ATTENDEES,
                "People with lived experience among those who came",
                m,
                "%d of the %d people who came to sessions have lived experience",
                "%d of the %d person who came to sessions has lived experience",
                "no attendance is recorded for sessions that ended in this period");
    }

    public static Indicator paymentsWithin14Days(Measure m) {
        return ratio(
                Standard.SUPPORT,
                PAYMENTS_WITHIN_14_DAYS,
                "Payments made within 14 days of the claim",
                m,
                "%d of %d claims were paid within 14 days",
                "%d of %d claim was paid within 14 days",
                "no claims made in this period were paid or have waited more than 14 days");
    }

    public static Indicator supportGiven(Measure m) {
        return ratio(
                Standard.SUPPORT,
                SUPPORT_GIVEN,
                "Support asked for and given",
                m,
                "%d of %d requests for training or a mentor have been met",
                "%d of %d request for training or a mentor has been met",
                "no member has asked for training or a mentor");
    }

    public static Indicator sessionsWith14DaysNotice(Measure m) {
        return ratio(
                Standard.PLANNING,
                SESSIONS_WITH_14_DAYS_NOTICE,
                "Sessions arranged with at least 14 days' notice",
                m,
                "%d of %d sessions were arranged at least 14 days ahead",
                "%d of %d session was arranged at least 14 days ahead",
                "no sessions in this period");
    }

    public static Indicator actionsWithOwnerAndDate(Measure m) {
        return ratio(
                Standard.PLANNING,
                ACTIONS_WITH_OWNER_AND_DATE,
                "Actions with an owner and a due date",
                m,
                "%d of %d actions agreed have an owner and a due date",
                "%d of %d action agreed has an owner and a due date",
                "no actions were agreed at sessions in this period");
    }

    public static Indicator proposalsDecidedWithMembers(Measure m) {
        return ratio(
                Standard.WORKING_TOGETHER,
                PROPOSALS_DECIDED_WITH_MEMBERS,
                "Proposals decided with at least half the members answering",
                m,
                "%d of %d proposals decided were answered by at least half the members",
                "%d of %d proposal decided was answered by at least half the members",
                "no proposals were decided in this period");
    }

    public static Indicator actionsOwnedByLivedExperience(Measure m) {
        return ratio(
                Standard.WORKING_TOGETHER,
                ACTIONS_OWNED_BY_LIVED_EXPERIENCE,
                "Actions owned by people with lived experience",
                m,
                "%d of %d actions with an owner are owned by people with lived experience",
                "%d of %d action with an owner is owned by someone with lived experience",
                "no actions with an owner were agreed at sessions in this period");
    }

    public static Indicator sessionsWithMoreThanOneWay(Measure m) {
        return ratio(
                Standard.METHODS,
                SESSIONS_WITH_MORE_THAN_ONE_WAY,
                "Sessions offering more than one way to take part",
                m,
                "%d of %d sessions offered more than one way to take part",
                "%d of %d session offered more than one way to take part",
                "no sessions in this period");
    }

    public static Indicator invitationsAnsweredBefore(Measure m) {
        return ratio(
                Standard.METHODS,
                INVITATIONS_ANSWERED_BEFORE,
                "Invitations answered before the session",
                m,
                "%d of %d invitations were answered before the session",
                "%d of %d invitation was answered before the session",
                "no invitations to sessions that started in this period");
    }

    public static Indicator digestsOnTime(Measure m) {
        return ratio(
                Standard.COMMUNICATION,
                DIGESTS_ON_TIME,
                "Digests delivered on time",
                m,
                "%d of %d digests due went out on time",
                "%d of %d digest due went out on time",
                "no digests were due in this period");
    }

    public static Indicator ownLanguageAndFormat(Measure m) {
        return ratio(
                Standard.COMMUNICATION,
                OWN_LANGUAGE_AND_FORMAT,
                "People reached in their own language and format",
                m,
                "%d of %d people were reached in their own language and format",
                "%d of %d person was reached in their own language and format",
                "nobody was sent anything in this period");
    }

    public static Indicator updatesReadable(Measure m, double readingEaseTarget) {
        String target = String.format(Locale.ROOT, "%.0f", readingEaseTarget);
        return ratio(
                Standard.COMMUNICATION,
                UPDATES_READABLE,
                "Project updates in plain words",
                m,
                "%d of %d project updates are easy to read (reading ease " + target + " or more)",
                "%d of %d project update is easy to read (reading ease " + target + " or more)",
                "no project updates were posted in this period");
    }

    public static Indicator actionsCompleted(Measure m) {
        return ratio(
                Standard.IMPACT,
                ACTIONS_COMPLETED,
                "Actions completed",
                m,
                "%d of %d actions agreed are done",
                "%d of %d action agreed is done",
                "no actions were agreed at sessions in this period");
    }

    public static Indicator sessionsWithSummary(Measure m) {
        return ratio(
                Standard.IMPACT,
                SESSIONS_WITH_SUMMARY,
                "Sessions with a record of what was decided",
                m,
                "%d of %d sessions that ended have a summary of what was decided",
                "%d of %d session that ended has a summary of what was decided",
                "no sessions ended in this period");
    }

    /** The share as a figure of two decimals, half up: 2 of 3 is 0.67. */
    public static BigDecimal figure(long numerator, long denominator) {
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
    }

    /** The share as a whole percentage, half up: 2 of 3 is 67. */
    public static long percent(long numerator, long denominator) {
        return BigDecimal.valueOf(numerator * 100)
                .divide(BigDecimal.valueOf(denominator), 0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    /**
     * @param counted the sentence with the two counts, plural ("2 of 3 claims were paid")
     * @param countedOfOne the same when there was only one to count ("1 of 1 claim was paid")
     */
    static Indicator ratio(
            Standard standard,
            String code,
            String name,
            Measure m,
            String counted,
            String countedOfOne,
            String nothing) {
        if (!m.isAvailable()) {
            return new Indicator(standard, code, name, null, null, null, m.unavailable());
        }
        if (m.denominator() == 0) {
            return new Indicator(standard, code, name, null, 0L, 0L, "Nothing to measure yet: " + nothing + ".");
        }
        String sentence = String.format(
                        Locale.ROOT, m.denominator() == 1 ? countedOfOne : counted, m.numerator(), m.denominator())
                + " ("
                + percent(m.numerator(), m.denominator()) + "%).";
        return new Indicator(
                standard, code, name, figure(m.numerator(), m.denominator()), m.numerator(), m.denominator(), sentence);
    }
}
