package org.coproduction.portal.signin;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.coproduction.platform.link.PortalLinks;
import org.coproduction.portal.config.PortalConfig;
import org.eclipse.microprofile.config.ConfigProvider;

/** Refuses to start in {@code prod} with the development link key (anyone could sign a link to anyone's pages). */
@ApplicationScoped
public class PortalLinkKeyCheck {

    private final PortalConfig config;

    public PortalLinkKeyCheck(PortalConfig config) {
        this.config = config;
    }

    void onStart(@Observes StartupEvent start) {
        boolean allowed = ConfigProvider.getConfig()
                .getOptionalValue("coproduction.allow-development-key", Boolean.class)
                .orElse(false);
        PortalLinks.unsafeKey(ConfigUtils.getProfiles().contains("prod"), allowed, config.linkKey())
                .ifPresent(problem -> {
                    throw new IllegalStateException(problem);
                });
    }
}
