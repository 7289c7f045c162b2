package org.coproduction.notifications.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long the delivery log keeps its personal parts (prefix {@code coproduction.retention.}). */
@ConfigMapping(prefix = "coproduction.retention")
public interface PrivacyConfig {

    /**
     * After this time a finished delivery's personal parts (the subject line, errors, a confirmation's address) are
     * cleared; the row and so every count stay. Env {@code COPRODUCTION_RETENTION_DELIVERY_PERSONAL_DATA}.
     */
    @WithDefault("P90D")
    Duration deliveryPersonalData();
}
