package org.coproduction.sessions.domain.engagement;

/** One reason someone seems to be drifting away: its code, how many (sessions, weeks, invitations) and its words. */
public record DriftReason(DriftCode code, int count, String text) {
    public static DriftReason of(DriftCode code, int count) {
        return new DriftReason(code, count, code.text(count));
    }
}
