package org.coproduction.portal.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.coproduction.portal.client.NotificationsGateway;
import org.coproduction.portal.page.FormErrors;
import org.coproduction.portal.page.Pages;
import org.coproduction.portal.signin.LinkRequestLimiter;
import org.coproduction.portal.signin.Visitor;

/** The way in: the front page, asking for a link by email, a fresh link for private pages, and signing out. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SignInResource {

    /** Long enough for any real address (RFC 5321), short enough to refuse junk early. */
    static final int MAX_EMAIL = 254;

    private final Pages pages;
    private final Visitor visitor;
    private final NotificationsGateway notifications;
    private final LinkRequestLimiter limiter;
    private final Template signIn;
    private final Template message;

    public SignInResource(
            Pages pages,
            Visitor visitor,
            NotificationsGateway notifications,
            LinkRequestLimiter limiter,
            @Location("sign-in.html") Template signIn,
            @Location("message.html") Template message) {
        this.pages = pages;
        this.visitor = visitor;
        this.notifications = notifications;
        this.limiter = limiter;
        this.signIn = signIn;
        this.message = message;
    }

    @GET
    public Response front() {
        if (visitor.session().isPresent()) {
            return Response.seeOther(URI.create("/coming-up")).build();
        }
        return Response.ok(pages.page(signIn, null).data("sent", false)).build();
    }

    /** Anyone may ask; the answer is the same whether or not the address is known. */
    @POST
    @Path("link")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response requestLink(@FormParam("email") String email, @Context HttpServerRequest request) {
        String address = email == null ? "" : email.strip();
        if (!looksLikeEmail(address)) {
            FormErrors errors =
                    new FormErrors().add("email", pages.words().messages().errEmail());
            return Response.status(400)
                    .entity(pages.page(signIn, null).data("sent", false).data("errors", errors))
                    .build();
        }
        if (!limiter.tryAcquire(request.remoteAddress().hostAddress())) {
            var m = pages.words().messages();
            return Response.status(429)
                    .header("Retry-After", "3600")
                    .entity(pages.page(message, null)
                            .data("title", m.errorTitle())
                            .data("text", m.tooMany())
                            .data("offerLink", false))
                    .build();
        }
        notifications.requestSignInLink(address);
        return Response.ok(pages.page(signIn, null).data("sent", true)).build();
    }

    /** A signed-in person whose link is older than a day asks for a new one to their own address. */
    @POST
    @Path("fresh-link")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance freshLink(@FormParam("csrf") String csrf) {
        visitor.checkAntiForgery(csrf);
        notifications.requestSignInLink(pages.person().value().getEmail());
        return pages.page(signIn, null).data("sent", true);
    }

    @POST
    @Path("sign-out")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance signOut(@FormParam("csrf") String csrf) {
        visitor.checkAntiForgery(csrf);
        visitor.end();
        var m = pages.words().messages();
        return pages.page(message, null)
                .data("title", m.signedOutTitle())
                .data("text", m.signedOutText())
                .data("offerLink", false);
    }

    static boolean looksLikeEmail(String address) {
        int at = address.indexOf('@');
        return address.length() <= MAX_EMAIL
                && at > 0
                && at == address.lastIndexOf('@')
                && address.indexOf('.', at) > at + 1
                && !address.endsWith(".")
                && address.chars().noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c));
    }
}
