package org.coproduction.notifications.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.coproduction.platform.link.PortalLinks;

/** Where people's own pages are (prefix {@code coproduction.portal.}): links in mail point there. */
@ConfigMapping(prefix = "coproduction.portal")
public interface PortalConfig {

    /** Env {@code PORTAL_URL} (or {@code COPRODUCTION_PORTAL_BASE_URL}): every personal link in mail points here. */
    @WithDefault("http://localhost:8084")
    String baseUrl();

    /**
     * Env {@code PORTAL_LINK_KEY} (or {@code COPRODUCTION_PORTAL_LINK_KEY}): the HMAC key of personal portal links,
     * held only by the portal and this service. The default is for development; production refuses to start with it
     * unless {@code COPRODUCTION_ALLOW_DEVELOPMENT_KEY=true}.
     */
    @WithDefault(DEVELOPMENT_LINK_KEY)
    String linkKey();

    /** {@link #linkKey()}'s development default. */
    String DEVELOPMENT_LINK_KEY = PortalLinks.DEVELOPMENT_KEY;
}
