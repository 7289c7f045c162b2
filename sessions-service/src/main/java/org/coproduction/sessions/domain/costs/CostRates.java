package org.coproduction.sessions.domain.costs;

import java.math.BigDecimal;
import java.util.Map;
import org.coproduction.sessions.domain.SessionType;

/** The configured rates: an hourly rate for time by session type and the support allowances. */
public record CostRates(
        Map<SessionType, BigDecimal> hourly,
        Allowance travel,
        Allowance childcare,
        Allowance careCover,
        Allowance meals) {
    public CostRates {
        hourly = Map.copyOf(hourly);
    }
}
