package org.coproduction.sessions.domain.payments;

/** Where a payment line is: estimated from attendance, claimed by the person, approved, paid, or declined. */
public enum PaymentStatus {
    ESTIMATED,
    CLAIMED,
    APPROVED,
    PAID,
    DECLINED;

    /** Claimed or approved: the person is waiting for money we owe them. */
    public boolean owed() {
        return this == CLAIMED || this == APPROVED;
    }
}
