package org.coproduction.sessions.domain.engagement;

/** Why someone seems to be drifting away from a project; each reads as a short phrase with its count. */
public enum DriftCode {
    /** Not at the last N sessions they were invited to. */
    MISSED_SESSIONS,
    /** No session attended for N weeks. */
    NO_SESSION_FOR_WEEKS,
    /** The last N invitations declined. */
    DECLINED_INVITATIONS,
    /** The last N invitations not answered. */
    UNANSWERED_INVITATIONS;

    /** The reason in plain English, e.g. "not at the last 3 sessions". */
    public String text(int count) {
        return switch (this) {
            case MISSED_SESSIONS -> count == 1 ? "not at the last session" : "not at the last " + count + " sessions";
            case NO_SESSION_FOR_WEEKS -> count == 1 ? "no session for 1 week" : "no session for " + count + " weeks";
            case DECLINED_INVITATIONS ->
                count == 1 ? "last invitation declined" : "last " + count + " invitations declined";
            case UNANSWERED_INVITATIONS ->
                count == 1 ? "last invitation not answered" : "last " + count + " invitations not answered";
        };
    }
}
