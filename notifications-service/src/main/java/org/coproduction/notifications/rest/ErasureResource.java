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
import org.coproduction.notifications.privacy.ErasureService;
import org.coproduction.platform.problem.Problem;
import org.coproduction.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Erasing a person, asked by participants-service's erasure outbox. */
@Path("/erasures")
@Tag(name = PrivacyTag.NAME, description = PrivacyTag.DESCRIPTION)
@Produces(MediaType.APPLICATION_JSON)
public class ErasureResource {

    private final ErasureService erasures;

    public ErasureResource(ErasureService erasures) {
        this.erasures = erasures;
    }

    @POST
    // No body on success: a client may accept only the problem type it could get (generated clients do).
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SERVICE)
    @Operation(
            operationId = "eraseParticipantDeliveries",
            summary = "Erase a person from notifications-service",
            description = "In one step: their confirmation mails not yet sent are deleted, their waiting deliveries "
                    + "are skipped, every delivery of theirs is kept only as an anonymous row (so digest runs keep "
                    + "their counts) with its subject and errors cleared, a notice that went to them alone loses its "
                    + "text, and their old tokens are refused from now on. Idempotent: the same answer again, and "
                    + "for an id never heard of.")
    @APIResponse(responseCode = "204", description = "Erased (or nothing was held on them)")
    @APIResponse(responseCode = "400", description = "The body is missing or not valid; the problem names each field")
    public Response erase(@Valid @NotNull ErasureRequest body) {
        erasures.erase(body.participantId());
        return Response.noContent().build();
    }
}
