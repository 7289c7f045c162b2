package org.coproduction.sessions.domain.proposals;

import java.time.Instant;

/**
 * An objection's life: it stands from the moment it is made; the coordinator answers it in writing (and may answer
 * again); only then may its author withdraw it, after which it counts as a concern. Withdrawing twice changes
 * nothing.
 */
public final class ObjectionRules {
    public static final String WITHDRAW_BEFORE_RESPONSE =
            "An objection can be withdrawn after the coordinator has answered it in writing.";

    private ObjectionRules() {}

    public enum Withdrawal {
        WITHDRAW,
        ALREADY_WITHDRAWN,
        NOT_YET_ANSWERED
    }

    public static Withdrawal withdrawal(Instant respondedAt, Instant withdrawnAt) {
        if (withdrawnAt != null) {
            return Withdrawal.ALREADY_WITHDRAWN;
        }
        return respondedAt == null ? Withdrawal.NOT_YET_ANSWERED : Withdrawal.WITHDRAW;
    }

    /** A response to a withdrawn objection changes nothing that matters and is refused. */
    public static boolean mayRespond(Instant withdrawnAt) {
        return withdrawnAt == null;
    }
}
