package org.coproduction.sessions.domain.costs;

/** Whether a line is paid in money or in vouchers. */
public enum PaidAs {
    MONEY,
    VOUCHERS
}
