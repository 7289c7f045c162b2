package org.coproduction.notifications.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where people's own pages are (prefix {@code coproduction.portal.}): links in mail point there. */
@ConfigMapping(prefix = "coproduction.portal")
public interface PortalConfig {

    /** Env {@code COPRODUCTION_PORTAL_BASE_URL}; a confirmation link is {@code <base-url>/email/confirm?token=...}. */
    @WithDefault("http://localhost:8084")
    String baseUrl();
}
