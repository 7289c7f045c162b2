package org.coproduction.portal.config;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Histogram buckets for {@code http_server_requests_seconds}, so the dashboard and alerts can work out the 99th
 * percentile across instances; a fixed short list keeps the number of series small.
 */
public class HttpLatencyBuckets {

    @Produces
    @Singleton
    MeterFilter httpServerBuckets() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().equals("http.server.requests")) {
                    return config;
                }
                return DistributionStatisticConfig.builder()
                        .serviceLevelObjectives(
                                seconds(0.005),
                                seconds(0.01),
                                seconds(0.025),
                                seconds(0.05),
                                seconds(0.1),
                                seconds(0.25),
                                seconds(0.5),
                                seconds(1),
                                seconds(2.5),
                                seconds(5),
                                seconds(10))
                        .build()
                        .merge(config);
            }
        };
    }

    private static double seconds(double s) {
        // A timer's objectives are in nanoseconds.
        return s * 1_000_000_000d;
    }
}
