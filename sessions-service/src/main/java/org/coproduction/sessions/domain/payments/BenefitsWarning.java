package org.coproduction.sessions.domain.payments;

/** A coordinator paid in money after being told it could cross the person's benefits limit, with their agreement. */
public enum BenefitsWarning {
    ACKNOWLEDGED
}
