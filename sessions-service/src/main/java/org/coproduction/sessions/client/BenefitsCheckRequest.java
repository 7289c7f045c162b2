package org.coproduction.sessions.client;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Body of participants-service's {@code POST /participants/{id}/benefits-check}: the payment proposed and the
 * person's earlier payments for time in money, each with the day it was or will be paid.
 */
public record BenefitsCheckRequest(Payment proposed, List<Payment> earlier) {
    public record Payment(BigDecimal amount, LocalDate on) {}
}
