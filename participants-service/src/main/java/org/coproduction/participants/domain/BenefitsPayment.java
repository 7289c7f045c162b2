package org.coproduction.participants.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A payment for time in money, and the day it was or will be paid. */
public record BenefitsPayment(BigDecimal amount, LocalDate on) {}
