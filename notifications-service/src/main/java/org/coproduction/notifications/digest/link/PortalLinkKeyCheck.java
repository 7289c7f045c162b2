package org.coproduction.notifications.digest.link;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.coproduction.notifications.config.PortalConfig;
import org.coproduction.platform.link.PortalLinks;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses to start in the {@code prod} profile with the development portal link key (anyone holding the repository
 * could sign links that open anyone's portal or unsubscribe them), as the platform does for the tombstone key, unless
 * {@code COPRODUCTION_ALLOW_DEVELOPMENT_KEY=true}.
 */
@ApplicationScoped
public class PortalLinkKeyCheck {

    private final PortalConfig portal;

    public PortalLinkKeyCheck(PortalConfig portal) {
        this.portal = portal;
    }

    void onStart(@Observes StartupEvent start) {
        boolean allowed = ConfigProvider.getConfig()
                .getOptionalValue("coproduction.allow-development-key", Boolean.class)
                .orElse(false);
        problem(ConfigUtils.getProfiles().contains("prod"), allowed, portal.linkKey())
                .ifPresent(p -> {
                    throw new IllegalStateException(p);
                });
    }

    /** Why starting would be unsafe, if it would. */
    static Optional<String> problem(boolean prod, boolean developmentKeyAllowed, String key) {
        return PortalLinks.unsafeKey(prod, developmentKeyAllowed, key);
    }
}
