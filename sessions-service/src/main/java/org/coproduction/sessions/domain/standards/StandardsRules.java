package org.coproduction.sessions.domain.standards;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The evidence for all seven standards, always all seven in their order, each with its indicators; and the weakest
 * indicator (the lowest figure; the first in order on a tie) with what to do about it.
 */
public final class StandardsRules {
    static final Map<String, String> ADVICE = Map.ofEntries(
            Map.entry(
                    Indicators.INVITATIONS_ATTENDED,
                    "Ask the people who did not come what would help: another time or day, another place, joining "
                            + "online, or paid travel or care."),
            Map.entry(
                    Indicators.ACCESS_GAPS_CLOSED,
                    "Check each session's access before it happens (GET /sessions/{id}/access-check) and book the "
                            + "interpreters, copies and quiet space it lists."),
            Map.entry(
                    Indicators.LIVED_EXPERIENCE_ATTENDEES,
                    "Invite more people with lived experience and remove what stops them coming: payment for their "
                            + "time, travel and care costs, and times that suit them."),
            Map.entry(
                    Indicators.PAYMENTS_WITHIN_14_DAYS,
                    "Approve and pay claims sooner: look at what is owed (GET /payments/owed) every week."),
            Map.entry(
                    Indicators.SUPPORT_GIVEN,
                    "Offer the training or mentor people asked for: see who is waiting (GET /support) and who could "
                            + "mentor them."),
            Map.entry(
                    Indicators.SESSIONS_WITH_14_DAYS_NOTICE,
                    "Arrange sessions at least two weeks ahead, so people can plan care, work and travel."),
            Map.entry(
                    Indicators.ACTIONS_WITH_OWNER_AND_DATE, "Give every action agreed an owner and a date it is due."),
            Map.entry(
                    Indicators.PROPOSALS_DECIDED_WITH_MEMBERS,
                    "Give members time and reminders to answer proposals, so decisions are made by at least half of "
                            + "them."),
            Map.entry(
                    Indicators.ACTIONS_OWNED_BY_LIVED_EXPERIENCE,
                    "Share the work: ask members with lived experience to own actions, with the support they need."),
            Map.entry(
                    Indicators.SESSIONS_WITH_MORE_THAN_ONE_WAY,
                    "Offer more than one way to take part: hybrid sessions, or some online and some in person."),
            Map.entry(
                    Indicators.INVITATIONS_ANSWERED_BEFORE,
                    "Send invitations in good time and remind people to say whether they can come."),
            Map.entry(
                    Indicators.DIGESTS_ON_TIME,
                    "Look at the deliveries that failed or were late (GET /deliveries) and retry them."),
            Map.entry(
                    Indicators.OWN_LANGUAGE_AND_FORMAT,
                    "Write updates and summaries in people's own languages and formats (versions in Welsh, plain "
                            + "words, large print)."),
            Map.entry(
                    Indicators.UPDATES_READABLE,
                    "Write project updates in plain words: short sentences, everyday words, no jargon (check them "
                            + "before posting)."),
            Map.entry(
                    Indicators.ACTIONS_COMPLETED,
                    "Go through the open actions at each session and help their owners finish them."),
            Map.entry(
                    Indicators.SESSIONS_WITH_SUMMARY,
                    "Record a summary of what was decided after every session, so everyone hears what happened."));

    public List<StandardEvidence> evaluate(StandardsFacts f) {
        List<Indicator> all = List.of(
                Indicators.invitationsAttended(f.invitationsAttended()),
                Indicators.accessGapsClosed(f.accessGapsClosed()),
                Indicators.livedExperienceAttendees(f.livedExperienceAttendees()),
                Indicators.paymentsWithin14Days(f.paymentsWithin14Days()),
                Indicators.supportGiven(f.supportGiven()),
                Indicators.sessionsWith14DaysNotice(f.sessionsWith14DaysNotice()),
                Indicators.actionsWithOwnerAndDate(f.actionsWithOwnerAndDate()),
                Indicators.proposalsDecidedWithMembers(f.proposalsDecidedWithMembers()),
                Indicators.actionsOwnedByLivedExperience(f.actionsOwnedByLivedExperience()),
                Indicators.sessionsWithMoreThanOneWay(f.sessionsWithMoreThanOneWay()),
                Indicators.invitationsAnsweredBefore(f.invitationsAnsweredBefore()),
                Indicators.digestsOnTime(f.digestsOnTime()),
                Indicators.ownLanguageAndFormat(f.ownLanguageAndFormat()),
                Indicators.updatesReadable(f.updatesReadable(), f.readingEaseTarget()),
                Indicators.actionsCompleted(f.actionsCompleted()),
                Indicators.sessionsWithSummary(f.sessionsWithSummary()));
        List<StandardEvidence> evidence = new ArrayList<>();
        for (Standard s : Standard.values()) {
            evidence.add(new StandardEvidence(
                    s, all.stream().filter(i -> i.standard() == s).toList()));
        }
        return evidence;
    }

    /** The lowest figure (the first in order on a tie), with its advice; empty when nothing has a figure. */
    public Optional<Weakest> weakest(List<StandardEvidence> evidence) {
        return evidence.stream()
                .flatMap(e -> e.indicators().stream())
                .filter(i -> i.figure() != null)
                // A stable sort keeps the standards' order among equal figures.
                .min(Comparator.comparing(Indicator::figure))
                .map(i -> new Weakest(i.standard(), i.code(), advice(i.code())));
    }

    public static String advice(String code) {
        String advice = ADVICE.get(code);
        if (advice == null) {
            throw new IllegalArgumentException("no advice for " + code);
        }
        return advice;
    }
}
