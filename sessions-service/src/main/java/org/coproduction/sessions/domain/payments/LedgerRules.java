package org.coproduction.sessions.domain.payments;

import java.util.Set;
import org.coproduction.sessions.domain.costs.PaidAs;

/**
 * The payments ledger's state machine. ESTIMATED -> CLAIMED -> APPROVED -> PAID, and ESTIMATED or CLAIMED ->
 * DECLINED. A step sent again with the same content when the line already shows it is a harmless repeat (a retry
 * after a lost answer); anything else out of order is refused in plain words a coordinator can act on.
 */
public final class LedgerRules {

    /** What to do with a step. */
    public enum Verdict {
        APPLY,
        REPEAT,
        REFUSE
    }

    /** The verdict and, when refused, why. */
    public record Decision(Verdict verdict, String refusal) {
        static Decision apply() {
            return new Decision(Verdict.APPLY, null);
        }

        static Decision repeat() {
            return new Decision(Verdict.REPEAT, null);
        }

        static Decision refuse(String why) {
            return new Decision(Verdict.REFUSE, why);
        }
    }

    private LedgerRules() {}

    /** The statuses a step may start from. */
    public static Set<PaymentStatus> from(PaymentStep step) {
        return switch (step) {
            case CLAIM -> Set.of(PaymentStatus.ESTIMATED);
            case APPROVE -> Set.of(PaymentStatus.CLAIMED);
            case PAY -> Set.of(PaymentStatus.APPROVED);
            case DECLINE -> Set.of(PaymentStatus.ESTIMATED, PaymentStatus.CLAIMED);
        };
    }

    /**
     * @param sameContent whether the request carries what the line already records for this step (only looked at
     *     when the line is already where the step leads)
     */
    public static Decision decide(PaymentStatus current, PaymentStep step, boolean sameContent) {
        if (current == step.leadsTo()) {
            return sameContent
                    ? Decision.repeat()
                    : Decision.refuse(
                            "This line is already " + current + " with different details; nothing was " + "changed.");
        }
        if (from(step).contains(current)) {
            return Decision.apply();
        }
        return Decision.refuse(refusal(current, step));
    }

    private static String refusal(PaymentStatus current, PaymentStep step) {
        return switch (step) {
            case CLAIM ->
                "You cannot claim this line: it is " + current + ", and only an ESTIMATED line can be " + "claimed.";
            case APPROVE -> "You cannot approve what was not claimed: this line is " + current + ".";
            case PAY -> "You cannot pay what was not approved: this line is " + current + ".";
            case DECLINE ->
                "You cannot decline this line: it is " + current + ", and only an ESTIMATED or CLAIMED "
                        + "line can be declined.";
        };
    }

    /**
     * A line approved to be paid one way is paid that way: paying in money what was approved as vouchers would go
     * round the benefits check.
     */
    public static String payingAnotherWay(PaidAs approved, PaidAs method) {
        if (approved == method) {
            return null;
        }
        return "This line was approved to be paid as " + approved + ", not " + method + "; pay it as " + approved
                + ", or decline it and add it again.";
    }

    /**
     * Only a payment for time in money can affect means-tested benefits, so only that asks participants-service's
     * benefits check. Vouchers and expenses never do.
     */
    public static boolean needsBenefitsCheck(PaymentItem item, PaidAs paidAs) {
        return item == PaymentItem.TIME && paidAs == PaidAs.MONEY;
    }
}
