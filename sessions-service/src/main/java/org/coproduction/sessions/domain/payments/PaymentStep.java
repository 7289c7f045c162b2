package org.coproduction.sessions.domain.payments;

/** The steps a coordinator or the person takes on a line, each with the status it leads to. */
public enum PaymentStep {
    CLAIM(PaymentStatus.CLAIMED),
    APPROVE(PaymentStatus.APPROVED),
    PAY(PaymentStatus.PAID),
    DECLINE(PaymentStatus.DECLINED);

    private final PaymentStatus leadsTo;

    PaymentStep(PaymentStatus leadsTo) {
        this.leadsTo = leadsTo;
    }

    public PaymentStatus leadsTo() {
        return leadsTo;
    }
}
