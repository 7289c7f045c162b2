package org.coproduction.sessions.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import org.coproduction.sessions.domain.costs.Basis;

/** Rates for payment for time and support costs; amounts are exact decimals in {@link #currency()}. */
@ConfigMapping(prefix = "sessions.costs")
public interface CostsConfig {
    @WithDefault("GBP")
    String currency();

    HourlyRates hourlyRate();

    @WithDefault("15.00")
    BigDecimal travelAmount();

    @WithDefault("PER_SESSION")
    Basis travelBasis();

    @WithDefault("12.00")
    BigDecimal childcareAmount();

    @WithDefault("PER_HOUR")
    Basis childcareBasis();

    @WithDefault("18.00")
    BigDecimal careCoverAmount();

    @WithDefault("PER_HOUR")
    Basis careCoverBasis();

    @WithDefault("10.00")
    BigDecimal mealsAmount();

    @WithDefault("PER_SESSION")
    Basis mealsBasis();

    /** Payment for an hour of a person's time, by session type. */
    interface HourlyRates {
        @WithDefault("25.00")
        BigDecimal meeting();

        @WithDefault("25.00")
        BigDecimal workshop();

        @WithDefault("25.00")
        BigDecimal training();

        @WithDefault("25.00")
        BigDecimal mentoring();
    }
}
