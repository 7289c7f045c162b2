package org.coproduction.portal.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.coproduction.portal.client.ParticipantsGateway;
import org.coproduction.portal.client.ServiceCallException;
import org.coproduction.portal.page.Pages;
import org.coproduction.portal.signin.Visitor;

/**
 * The link mailed to a new email address: opening it shows a button (mail scanners open links too); pressing it
 * makes the address take effect. The person must be signed in already: the new address is not yet known to be theirs,
 * so its mail carries no sign-in link.
 */
@Path("/email/confirm")
@Produces(MediaType.TEXT_HTML)
public class EmailConfirmResource {

    /** Longer than any token participants-service issues. */
    static final int MAX_TOKEN = 200;

    private final Pages pages;
    private final Visitor visitor;
    private final ParticipantsGateway participants;
    private final Template confirm;
    private final Template message;

    public EmailConfirmResource(
            Pages pages,
            Visitor visitor,
            ParticipantsGateway participants,
            @Location("email-confirm.html") Template confirm,
            @Location("message.html") Template message) {
        this.pages = pages;
        this.visitor = visitor;
        this.participants = participants;
        this.confirm = confirm;
        this.message = message;
    }

    @GET
    public TemplateInstance show(@QueryParam("token") String token) {
        visitor.participantId();
        return pages.page(confirm, null).data("token", safe(token));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirm(@FormParam("csrf") String csrf, @FormParam("token") String token) {
        visitor.checkAntiForgery(csrf);
        var m = pages.words().messages();
        try {
            participants.confirmEmail(visitor.participantId(), safe(token), visitor.bearer());
        } catch (ServiceCallException e) {
            if (e.kind() != ServiceCallException.Kind.REJECTED) {
                throw e;
            }
            return Response.status(400)
                    .entity(pages.page(message, null)
                            .data("title", m.emailNotConfirmedTitle())
                            .data("text", m.emailNotConfirmedText())
                            .data("offerLink", false))
                    .build();
        }
        return Response.ok(pages.page(message, null)
                        .data("title", m.emailConfirmedTitle())
                        .data("text", m.emailConfirmedText())
                        .data("offerLink", false))
                .build();
    }

    private static String safe(String token) {
        return token == null || token.length() > MAX_TOKEN ? "" : token.strip();
    }
}
