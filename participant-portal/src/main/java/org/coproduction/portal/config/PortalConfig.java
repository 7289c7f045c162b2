package org.coproduction.portal.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import org.coproduction.platform.link.PortalLinks;

/** The portal's settings (prefix {@code coproduction.portal.}); application.properties maps the deployer's env names. */
@ConfigMapping(prefix = "coproduction.portal")
public interface PortalConfig {

    /** {@code PORTAL_LINK_KEY}: verifies the personal links in mail (notifications-service signs them with it). */
    @WithDefault(PortalLinks.DEVELOPMENT_KEY)
    String linkKey();

    /** A session ends after this long without a page being opened. */
    @WithDefault("PT30M")
    Duration sessionIdle();

    /** A session ends this long after the link that started it was opened, however active. */
    @WithDefault("PT12H")
    Duration sessionMaxAge();

    /** Pages showing needs or money want a link opened at most this long after it was sent. */
    @WithDefault("PT24H")
    Duration freshLinkAge();

    /** {@code Secure} on the session cookie; off only for plain-HTTP development and tests. */
    @WithDefault("true")
    boolean secureCookies();

    /** How long the participant token the portal calls the APIs with lives. */
    @WithDefault("PT5M")
    Duration tokenLifetime();

    /** Longest wait for one call to another service. */
    @WithDefault("PT5S")
    Duration callTimeout();

    /** Links one client address may ask for by email address in an hour. */
    @WithDefault("20")
    int linkRequestsPerHour();

    /** Where the three services are ({@code PARTICIPANTS_URL}, {@code SESSIONS_URL}, {@code NOTIFICATIONS_URL}). */
    Services services();

    interface Services {
        @WithDefault("http://localhost:8081")
        String participants();

        @WithDefault("http://localhost:8082")
        String sessions();

        @WithDefault("http://localhost:8083")
        String notifications();
    }
}
