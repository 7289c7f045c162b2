package org.coproduction.sessions.domain.costs;

import java.math.BigDecimal;
import java.util.UUID;

/** One amount owed to one person for one item. */
public record CostLine(UUID participantId, CostItem item, BigDecimal amount, PaidAs paidAs) {}
