package org.coproduction.sessions.domain.payments;

import org.coproduction.sessions.domain.costs.CostItem;

/** What a line pays for: the estimate's items, plus costs met for someone by hand (an interpreter, other). */
public enum PaymentItem {
    TIME,
    TRAVEL,
    CHILDCARE,
    CARE_COVER,
    MEALS,
    INTERPRETER,
    OTHER;

    public static PaymentItem of(CostItem item) {
        return valueOf(item.name());
    }

    /** Only these may be added by hand: the others come from the estimate when attendance is recorded. */
    public boolean addedByHand() {
        return this == INTERPRETER || this == OTHER;
    }
}
