package org.coproduction.sessions.domain.standards;

/**
 * What the suite holds about a project over a period, as counts: the plain input of {@link StandardsRules}.
 *
 * @param readingEaseTarget the reading-ease score a project update must reach to count as readable
 */
public record StandardsFacts(
        Measure invitationsAttended,
        Measure accessGapsClosed,
        Measure livedExperienceAttendees,
        Measure paymentsWithin14Days,
        Measure supportGiven,
        Measure sessionsWith14DaysNotice,
        Measure actionsWithOwnerAndDate,
        Measure proposalsDecidedWithMembers,
        Measure actionsOwnedByLivedExperience,
        Measure sessionsWithMoreThanOneWay,
        Measure invitationsAnsweredBefore,
        Measure digestsOnTime,
        Measure ownLanguageAndFormat,
        Measure updatesReadable,
        Measure actionsCompleted,
        Measure sessionsWithSummary,
        double readingEaseTarget) {}
