package org.coproduction.portal.signin;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.coproduction.platform.link.PortalLinks;
import org.coproduction.platform.link.PortalLinks.InvalidLinkException;
import org.coproduction.platform.link.PortalLinks.Link;
import org.coproduction.platform.link.PortalLinks.Purpose;
import org.coproduction.platform.link.PortalLinks.Refusal;
import org.coproduction.portal.client.ParticipantTokens;
import org.coproduction.portal.client.ParticipantsGateway;
import org.coproduction.portal.client.ServiceCallException;
import org.coproduction.portal.client.participants.model.Participant;
import org.coproduction.portal.config.PortalConfig;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Starts a visit from a personal link, or resumes one from the session cookie. Opening a link changes nothing but
 * the cookie (mail scanners open links before people do): the link is checked, the person must still be taking part,
 * and the browser is sent to the same page without the link in its address, so it is not kept in history or passed on.
 * The first page opened with that cookie tells participants-service of the visit.
 */
public class SessionFilter {

    public static final String COOKIE = "portal_session";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger LOG = Logger.getLogger(SessionFilter.class);

    private final PortalLinks links;
    private final SessionCookies cookies;
    private final PortalConfig config;
    private final Visitor visitor;
    private final ParticipantsGateway participants;
    private final ParticipantTokens tokens;
    private final Clock clock;

    public SessionFilter(
            PortalConfig config,
            Visitor visitor,
            ParticipantsGateway participants,
            ParticipantTokens tokens,
            Clock clock) {
        this.links = new PortalLinks(config.linkKey(), clock);
        this.cookies = new SessionCookies(config.linkKey(), config.sessionIdle(), config.sessionMaxAge());
        this.config = config;
        this.visitor = visitor;
        this.participants = participants;
        this.tokens = tokens;
        this.clock = clock;
    }

    @ServerRequestFilter
    public Optional<Response> resume(ContainerRequestContext request) {
        String link = request.getUriInfo().getQueryParameters().getFirst("link");
        if (link != null && HttpMethod.GET.equals(request.getMethod())) {
            PortalSession started = start(link);
            URI withoutLink = UriBuilder.fromUri(request.getUriInfo().getRequestUri())
                    .replaceQueryParam("link")
                    .build();
            return Optional.of(Response.seeOther(URI.create(pathAndQuery(withoutLink)))
                    .cookie(cookie(cookies.write(started)))
                    .build());
        }
        Cookie cookie = request.getCookies().get(COOKIE);
        if (cookie != null) {
            cookies.read(cookie.getValue(), clock.instant()).ifPresent(session -> {
                visitor.start(session);
                if (!session.visitRecorded()) {
                    recordVisit(session.participantId());
                    // Told once, whatever the answer: a service that is down is not asked again on every page.
                    visitor.start(session.withVisitRecorded());
                }
            });
        }
        return Optional.empty();
    }

    /** Keeps the visit alive while pages are opened (idle timeout), or clears the cookie when it has ended. */
    @ServerResponseFilter
    public void refresh(ContainerResponseContext response) {
        var setCookies = response.getHeaders().get("Set-Cookie");
        if (setCookies != null && setCookies.stream().anyMatch(SessionFilter::isSessionCookie)) {
            return;
        }
        if (visitor.hasEnded()) {
            response.getHeaders().add("Set-Cookie", expired());
        } else {
            visitor.session()
                    .ifPresent(s ->
                            response.getHeaders().add("Set-Cookie", cookie(cookies.write(s.seenAt(clock.instant())))));
        }
    }

    private PortalSession start(String token) {
        Link verified;
        try {
            verified = links.verify(token, Purpose.SIGN_IN);
        } catch (InvalidLinkException e) {
            throw new LinkRefusedException(
                    e.refusal() == Refusal.EXPIRED
                            ? LinkRefusedException.Reason.EXPIRED
                            : LinkRefusedException.Reason.BROKEN);
        }
        try {
            Participant person = participants
                    .get(verified.participantId(), tokens.bearer(verified.participantId()))
                    .value();
            if (person.getStatus() == Participant.StatusEnum.WITHDRAWN) {
                throw new LinkRefusedException(LinkRefusedException.Reason.CLOSED);
            }
        } catch (ServiceCallException e) {
            if (e.kind() == ServiceCallException.Kind.SIGNED_OUT || e.kind() == ServiceCallException.Kind.NOT_FOUND) {
                throw new LinkRefusedException(LinkRefusedException.Reason.CLOSED);
            }
            throw e;
        }
        Instant now = clock.instant();
        PortalSession session =
                new PortalSession(verified.participantId(), verified.issuedAt(), now, now, antiForgery());
        visitor.start(session);
        return session;
    }

    /**
     * The first page of a visit (the browser came back with the cookie the link set) records the visit. Not the opening of the link itself: mail scanners open links before people do, and
     * they do not come back with the cookie. Best effort: the page is served whatever happens (only the exception's
     * type is logged: no ids, no bodies).
     */
    private void recordVisit(UUID participantId) {
        try {
            participants.recordVisit(participantId, visitor.bearer());
        } catch (RuntimeException e) {
            LOG.warnf(
                    "A portal visit could not be recorded (%s); the visit goes ahead",
                    e.getClass().getSimpleName());
        }
    }

    NewCookie cookie(String value) {
        return new NewCookie.Builder(COOKIE)
                .value(value)
                .path("/")
                .httpOnly(true)
                .secure(config.secureCookies())
                .sameSite(NewCookie.SameSite.LAX)
                .build();
    }

    private NewCookie expired() {
        return new NewCookie.Builder(COOKIE)
                .value("")
                .path("/")
                .httpOnly(true)
                .secure(config.secureCookies())
                .sameSite(NewCookie.SameSite.LAX)
                .maxAge(0)
                .build();
    }

    private static boolean isSessionCookie(Object header) {
        return header instanceof NewCookie c
                ? COOKIE.equals(c.getName())
                : String.valueOf(header).startsWith(COOKIE + "=");
    }

    private static String antiForgery() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String pathAndQuery(URI uri) {
        return uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
    }
}
