package org.coproduction.sessions.domain.costs;

import java.math.BigDecimal;
import java.util.List;

/** All lines of a session's estimate; {@code total} includes vouchers, {@code vouchersTotal} is their part. */
public record CostEstimate(List<CostLine> lines, BigDecimal total, BigDecimal vouchersTotal) {}
