package org.coproduction.portal.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.coproduction.portal.client.ServiceCallException;
import org.coproduction.portal.client.UnavailableException;
import org.coproduction.portal.page.Pages;
import org.coproduction.portal.page.PortalMessages;
import org.coproduction.portal.signin.AntiForgeryException;
import org.coproduction.portal.signin.FreshLinkNeededException;
import org.coproduction.portal.signin.LinkRefusedException;
import org.coproduction.portal.signin.SignInRequiredException;
import org.coproduction.portal.signin.Visitor;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every refusal and failure is a plain page in the person's language, never a stack trace; nothing is changed. */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    private final Pages pages;
    private final Visitor visitor;
    private final Template message;
    private final Template signIn;
    private final Template freshLink;

    public ErrorPages(
            Pages pages,
            Visitor visitor,
            @Location("message.html") Template message,
            @Location("sign-in.html") Template signIn,
            @Location("fresh-link.html") Template freshLink) {
        this.pages = pages;
        this.visitor = visitor;
        this.message = message;
        this.signIn = signIn;
        this.freshLink = freshLink;
    }

    @ServerExceptionMapper
    public Response signInRequired(SignInRequiredException e) {
        return html(401, pages.page(signIn, null).data("sent", false));
    }

    @ServerExceptionMapper
    public Response freshLinkNeeded(FreshLinkNeededException e) {
        return html(403, pages.page(freshLink, null));
    }

    @ServerExceptionMapper
    public Response linkRefused(LinkRefusedException e) {
        visitor.end();
        PortalMessages m = pages.words().messages();
        String text = switch (e.reason()) {
            case BROKEN -> m.refusedBroken();
            case EXPIRED -> m.refusedExpired();
            case CLOSED -> m.refusedClosed();
        };
        int status = e.reason() == LinkRefusedException.Reason.EXPIRED ? 410 : 403;
        return html(status, messagePage(m.refusedTitle(), text, e.reason() != LinkRefusedException.Reason.CLOSED));
    }

    @ServerExceptionMapper
    public Response antiForgery(AntiForgeryException e) {
        PortalMessages m = pages.words().messages();
        return html(403, messagePage(m.forgeryTitle(), m.forgeryText(), false));
    }

    @ServerExceptionMapper
    public Response serviceFailed(ServiceCallException e) {
        PortalMessages m = pages.words().messages();
        return switch (e.kind()) {
            case SIGNED_OUT -> {
                visitor.end();
                yield html(403, messagePage(m.refusedTitle(), m.refusedClosed(), false));
            }
            case NOT_FOUND -> html(404, messagePage(m.notFoundTitle(), m.notFoundText(), false));
            case CONFLICT -> html(409, messagePage(m.conflictTitle(), m.conflictText(), false));
            case REJECTED -> html(400, messagePage(m.errorTitle(), m.errRejected(), false));
            case UNAVAILABLE -> {
                LOG.warnf(
                        "%s did not answer: %s",
                        e.service(), e.getCause() == null ? "" : e.getCause().toString());
                yield Response.status(503)
                        .header("Retry-After", "60")
                        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                        .entity(messagePage(m.unavailableTitle(), m.unavailableText(), false))
                        .build();
            }
        };
    }

    /**
     * An open circuit or a call that took too long: the service is as good as down, so the page says to try again
     * later instead of failing as unexpected.
     */
    @ServerExceptionMapper
    public Response faultTolerance(FaultToleranceException e) {
        return serviceFailed(new UnavailableException("a service", e));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        PortalMessages m = pages.words().messages();
        return html(404, messagePage(m.notFoundTitle(), m.notFoundText(), false));
    }

    @ServerExceptionMapper(priority = 5000)
    public Response webFailure(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        PortalMessages m = pages.words().messages();
        return html(status, messagePage(m.errorTitle(), m.errorText(), false));
    }

    @ServerExceptionMapper(priority = 6000)
    public Response unexpected(Throwable e) {
        LOG.error("page failed", e);
        PortalMessages m = pages.words().messages();
        return html(500, messagePage(m.errorTitle(), m.errorText(), false));
    }

    /** A page with a heading, a sentence and, if {@code offerLink}, the form to get a new link. */
    private TemplateInstance messagePage(String title, String text, boolean offerLink) {
        TemplateInstance page;
        try {
            page = pages.page(message, null);
        } catch (RuntimeException cannotLoadPerson) {
            // The page about a failure must not fail itself: without the person, show it signed out.
            visitor.end();
            page = pages.page(message, null);
        }
        return page.data("title", title).data("text", text).data("offerLink", offerLink);
    }

    private static Response html(int status, TemplateInstance page) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page)
                .build();
    }
}
