package org.coproduction.participants.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Consent as the service records it (prefix {@code coproduction.consent}). */
@ConfigMapping(prefix = "coproduction.consent")
public interface ConsentConfig {

    /** The version of the privacy notice people agree to now (env {@code COPRODUCTION_CONSENT_VERSION}). */
    @WithDefault("2026-11")
    String version();
}
