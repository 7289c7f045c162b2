package org.coproduction.participants.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Business metrics on /q/metrics (prefix {@code participants.metrics.}). */
@ConfigMapping(prefix = "participants.metrics")
public interface MetricsConfig {
    /** How long the outbox gauges reuse one database reading (a burst of scrapes costs one query). */
    @WithDefault("PT15S")
    Duration gaugeMaxAge();
}
