package org.coproduction.notifications.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.coproduction.notifications.confirm.EmailConfirmationService;
import org.coproduction.platform.problem.Problem;
import org.coproduction.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The mail that confirms a participant's new email address, asked by participants-service. */
@Path("/email-confirmations")
@Tag(name = PrivacyTag.NAME, description = PrivacyTag.DESCRIPTION)
@Produces(MediaType.APPLICATION_JSON)
public class EmailConfirmationResource {

    private final EmailConfirmationService confirmations;

    public EmailConfirmationResource(EmailConfirmationService confirmations) {
        this.confirmations = confirmations;
    }

    @POST
    // No body on success: a client may accept only the problem type it could get (generated clients do).
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SERVICE)
    @Operation(
            operationId = "sendEmailConfirmation",
            summary = "Send the link that confirms a new email address",
            description = "One short mail, in Welsh or English by language, to the new address, with the link "
                    + "<portal>/email/confirm?token=<token>. It is sent in the background and retried like any "
                    + "delivery; the delivery log shows it as EMAIL_CONFIRMATION and keeps the address only until it "
                    + "is sent. The same token for the same person again sends nothing twice; nothing is sent for a "
                    + "person who was erased.")
    @APIResponse(responseCode = "202", description = "Accepted for sending")
    @APIResponse(responseCode = "400", description = "The body is missing or not valid; the problem names each field")
    public Response confirmEmail(@Valid @NotNull EmailConfirmationRequest body) {
        confirmations.request(body.participantId(), body.address(), body.token(), body.language());
        return Response.accepted().build();
    }
}
