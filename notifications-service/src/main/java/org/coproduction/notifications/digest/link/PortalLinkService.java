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

/**
 * The personal addresses mail carries: the portal's "How I hear from you" page, an invitation's answer links, a fresh
 * sign-in link, and the one-click unsubscribe.
 */
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

    /** {@code <portal>/break?link=<SIGN_IN token>}: the portal's Taking a break page, signed in by the link. */
    public String breakUrl(UUID participantId) {
        return portalBase + "/break?link="
                + URLEncoder.encode(links.sign(participantId, Purpose.SIGN_IN), StandardCharsets.UTF_8);
    }

    /** A person's answer to an invitation, as the portal's "Coming up" page takes it. */
    public enum Answer {
        COMING,
        NOT_COMING
    }

    /**
     * {@code <portal>/coming-up/<sessionId>?answer=<COMING|NOT_COMING>&link=<SIGN_IN token>}: an invitation's answer
     * link. Opening it only shows the session's page with the answer chosen; the portal asks to confirm with a POST.
     */
    public String answerUrl(UUID participantId, UUID sessionId, Answer answer) {
        return portalBase + "/coming-up/" + sessionId + "?answer=" + answer.name() + "&link="
                + URLEncoder.encode(links.sign(participantId, Purpose.SIGN_IN), StandardCharsets.UTF_8);
    }

    /** {@code <portal>/?link=<SIGN_IN token>}: the portal's first page, signed in by the link (a fresh link by email). */
    public String signInUrl(UUID participantId) {
        return portalBase + "/?link="
                + URLEncoder.encode(links.sign(participantId, Purpose.SIGN_IN), StandardCharsets.UTF_8);
    }

    /** {@code <portal>/proposals/<proposalId>?link=<SIGN_IN token>}: where the person answers a proposal. */
    public String proposalUrl(UUID participantId, UUID proposalId) {
        return portalBase + "/proposals/" + proposalId + "?link="
                + URLEncoder.encode(links.sign(participantId, Purpose.SIGN_IN), StandardCharsets.UTF_8);
    }

    /** A proposal's page without a link, for previews. */
    public String proposalUrlWithoutLink(UUID proposalId) {
        return portalBase + "/proposals/" + proposalId;
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
