package org.coproduction.sessions.domain.engagement;

/** From how many missed sessions, quiet weeks, declined or unanswered invitations in a row someone is drifting. */
public record DriftThresholds(int missedSessions, int quietWeeks, int declinedInvitations, int unansweredInvitations) {
    public DriftThresholds {
        if (missedSessions < 1 || quietWeeks < 1 || declinedInvitations < 1 || unansweredInvitations < 1) {
            throw new IllegalArgumentException("every drift threshold is at least 1");
        }
    }
}
