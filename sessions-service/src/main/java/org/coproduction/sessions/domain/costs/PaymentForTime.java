package org.coproduction.sessions.domain.costs;

/** How a person wants to be paid for their time (participants-service vocabulary). */
public enum PaymentForTime {
    WANTS_PAYMENT,
    DECLINES_PAYMENT,
    VOUCHERS
}
