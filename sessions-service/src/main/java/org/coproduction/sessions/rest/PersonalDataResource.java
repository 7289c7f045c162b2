package org.coproduction.sessions.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.coproduction.platform.problem.Problem;
import org.coproduction.platform.security.Roles;
import org.coproduction.sessions.api.ErasureRequest;
import org.coproduction.sessions.api.SessionsExport;
import org.coproduction.sessions.service.ErasureService;
import org.coproduction.sessions.service.ExportService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A person's rights over their data (UK GDPR Articles 15 and 17), carried out by participants-service, which owns
 * who people are: it gathers this service's part of an export and asks it to erase its part. Service tokens only.
 */
@Path("")
@Tag(
        name = "Personal data",
        description = "What this service holds that names a participant: handed to participants-service for the "
                + "person's export, and erased when participants-service erases the person. The suite's own "
                + "service tokens only.")
@Produces(MediaType.APPLICATION_JSON)
public class PersonalDataResource {
    private final ErasureService erasures;
    private final ExportService exports;

    public PersonalDataResource(ErasureService erasures, ExportService exports) {
        this.erasures = erasures;
        this.exports = exports;
    }

    @POST
    @Path("/erasures")
    // No body on success: a client may accept only the problem type it could get (generated clients do).
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SERVICE)
    @Operation(
            operationId = "eraseParticipantSessionsData",
            summary = "Erase a participant's data here",
            description = "In one transaction: removes the person from every project's members, every session's "
                    + "invitees and attendees and every pending notice's recipients, leaves the actions they owned "
                    + "with no owner, and keeps a keyed hash of their id (never the id) so their tokens are refused "
                    + "until they would have expired. Projects and sessions keep working for everyone else. "
                    + "Idempotent: asking again, or about an id never seen here, also answers 204.")
    @APIResponse(responseCode = "204", description = "Erased, or there was nothing here to erase")
    @APIResponse(responseCode = "400", description = "No participantId, or it is not an id")
    @APIResponse(responseCode = "403", description = "Only the suite's own services may erase")
    public void erase(ErasureRequest body) {
        erasures.erase(body);
    }

    @GET
    @Path("/exports/{participantId}")
    @RolesAllowed(Roles.SERVICE)
    @Operation(
            operationId = "exportParticipantSessionsData",
            summary = "Export a participant's data here",
            description = "Everything this service holds that names the person: memberships, invitations, "
                    + "attendance, the actions they own and their contributions. An id never seen here gets empty "
                    + "lists, so the answer says nothing about whether the person exists.")
    @APIResponse(
            responseCode = "200",
            description = "The person's data in this service",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SessionsExport.class)))
    @APIResponse(responseCode = "403", description = "Only the suite's own services may read an export")
    @APIResponse(responseCode = "404", description = "The path's participantId is not an id")
    public SessionsExport export(
            @Parameter(description = "The participant whose data to export") @PathParam("participantId")
                    UUID participantId) {
        return exports.export(participantId);
    }
}
