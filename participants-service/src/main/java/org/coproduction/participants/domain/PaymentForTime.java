package org.coproduction.participants.domain;

/** Whether a person is paid for their time; some decline (e.g. because of benefits rules). */
public enum PaymentForTime {
    WANTS_PAYMENT,
    DECLINES_PAYMENT,
    VOUCHERS
}
