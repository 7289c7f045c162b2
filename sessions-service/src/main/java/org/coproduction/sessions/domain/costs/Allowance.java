package org.coproduction.sessions.domain.costs;

import java.math.BigDecimal;

/** A configured support amount and how it is counted. */
public record Allowance(BigDecimal amount, Basis basis) {}
