package org.coproduction.sessions.domain.engagement;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.coproduction.sessions.domain.InvitationAnswer;

/**
 * Whether someone seems to be drifting away from a project, from the sessions of it they were invited to. Only
 * sessions that have ended count; cancelled ones are left out, and so is a sensitive session the person said they
 * would not come to (saying no to a hard topic is never held against anyone). Counts run back from the latest
 * session and stop at the first that breaks the run. Someone on a break (PAUSED) or who left (WITHDRAWN) has no
 * reasons: they told us already.
 */
public final class DriftRules {
    static final String PAUSED = "PAUSED";
    static final String WITHDRAWN = "WITHDRAWN";

    private final DriftThresholds thresholds;

    public DriftRules(DriftThresholds thresholds) {
        this.thresholds = thresholds;
    }

    /**
     * @param status the person's status in participants-service (ACTIVE, PAUSED, WITHDRAWN; null if unknown)
     * @param invitations the project's sessions they were invited to, in any order
     */
    public Engagement assess(String status, List<InvitedSession> invitations, Instant now) {
        List<InvitedSession> counted = invitations.stream()
                .filter(s -> !s.cancelled())
                .filter(s -> !s.end().isAfter(now))
                .filter(s -> !(s.sensitive() && s.answer() == InvitationAnswer.NOT_COMING))
                .sorted(Comparator.comparing(InvitedSession::start)
                        .thenComparing(InvitedSession::sessionId)
                        .reversed())
                .toList();
        Instant lastAttendedAt = counted.stream()
                .filter(InvitedSession::attended)
                .map(InvitedSession::start)
                .findFirst()
                .orElse(null);
        // A session whose attendance nobody has recorded yet says nothing about who came: it neither breaks nor
        // extends a run of missed sessions.
        List<InvitedSession> recorded =
                counted.stream().filter(InvitedSession::attendanceRecorded).toList();
        int missed = run(recorded, s -> !s.attended());
        int declined = run(counted, s -> s.answer() == InvitationAnswer.NOT_COMING);
        int unanswered = run(counted, s -> s.answer() == InvitationAnswer.PENDING && !s.attended());

        boolean onBreak = PAUSED.equals(status);
        List<DriftReason> reasons = new ArrayList<>();
        if (!onBreak && !WITHDRAWN.equals(status)) {
            if (missed >= thresholds.missedSessions()) {
                reasons.add(DriftReason.of(DriftCode.MISSED_SESSIONS, missed));
            }
            int quietWeeks = quietWeeks(counted, lastAttendedAt, now);
            if (quietWeeks >= thresholds.quietWeeks()) {
                reasons.add(DriftReason.of(DriftCode.NO_SESSION_FOR_WEEKS, quietWeeks));
            }
            if (declined >= thresholds.declinedInvitations()) {
                reasons.add(DriftReason.of(DriftCode.DECLINED_INVITATIONS, declined));
            }
            if (unanswered >= thresholds.unansweredInvitations()) {
                reasons.add(DriftReason.of(DriftCode.UNANSWERED_INVITATIONS, unanswered));
            }
        }
        return new Engagement(onBreak, lastAttendedAt, missed, declined, unanswered, reasons);
    }

    /**
     * Whole weeks since they last came; for someone who never came, since the first session they were invited to
     * (before any invitation there is nothing to miss).
     */
    static int quietWeeks(List<InvitedSession> counted, Instant lastAttendedAt, Instant now) {
        Instant since = lastAttendedAt;
        if (since == null) {
            if (counted.isEmpty()) {
                return 0;
            }
            since = counted.get(counted.size() - 1).start();
        }
        return (int) (Duration.between(since, now).toDays() / 7);
    }

    /** How many of the latest sessions in a row (newest first) match. */
    private static int run(List<InvitedSession> newestFirst, Predicate<InvitedSession> matches) {
        int n = 0;
        for (InvitedSession s : newestFirst) {
            if (!matches.test(s)) {
                break;
            }
            n++;
        }
        return n;
    }
}
