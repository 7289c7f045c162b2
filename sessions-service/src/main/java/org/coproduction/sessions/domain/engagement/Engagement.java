package org.coproduction.sessions.domain.engagement;

import java.time.Instant;
import java.util.List;

/** How one person is taking part in one project, and why (if at all) they seem to be drifting away. */
public record Engagement(
        boolean onBreak,
        Instant lastAttendedAt,
        int missedInARow,
        int declinedInARow,
        int unansweredInARow,
        List<DriftReason> reasons) {

    public Engagement {
        reasons = List.copyOf(reasons);
    }

    public boolean drifting() {
        return !reasons.isEmpty();
    }
}
