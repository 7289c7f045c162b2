package org.coproduction.notifications.digest.link;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import org.coproduction.notifications.config.PortalConfig;
import org.coproduction.platform.link.PortalLinks;
import org.coproduction.platform.link.PortalLinks.InvalidLinkException;
import org.coproduction.platform.link.PortalLinks.Link;
import org.coproduction.platform.link.PortalLinks.Purpose;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The personal addresses a digest carries: the portal's "How I hear from you" page and the one-click unsubscribe. */
@ApplicationScoped
public class PortalLinkService {

    private final PortalLinks links;
    private final String portalBase;
    private final String publicBase;

    public PortalLinkService(
            PortalConfig portal,
            @ConfigProperty(name = "coproduction.public-url", defaultValue = "http://localhost:8083")
                    String publicUrl) {
        this.links = new PortalLinks(portal.linkKey(), Clock.systemUTC());
        this.portalBase = withoutTrailingSlash(portal.baseUrl());
        this.publicBase = withoutTrailingSlash(publicUrl);
    }

    /** {@code <portal>/hear?link=<SIGN_IN token>}: the person's own settings page, signed in by the link. */
    public String hearUrl(UUID participantId) {
        return portalBase + "/hear?link="
                + URLEncoder.encode(links.sign(participantId, Purpose.SIGN_IN), StandardCharsets.UTF_8);
    }

    /** The page without a link: shown in previews, which a coordinator reads (a real link would sign them in). */
    public String hearUrlWithoutLink() {
        return portalBase + "/hear";
    }

    /** {@code <this service>/unsubscribe/<UNSUBSCRIBE token>}, for the List-Unsubscribe header (RFC 8058). */
    public String unsubscribeUrl(UUID participantId) {
        return publicBase + "/unsubscribe/" + links.sign(participantId, Purpose.UNSUBSCRIBE);
    }

    public Link verifyUnsubscribe(String token) throws InvalidLinkException {
        return links.verify(token, Purpose.UNSUBSCRIBE);
    }

    static String withoutTrailingSlash(String url) {
        String base = url.strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base;
    }
}
