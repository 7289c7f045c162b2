package org.coproduction.notifications.rest;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.coproduction.notifications.digest.unsubscribe.Unsubscribes;
import org.coproduction.platform.problem.Problem;
import org.coproduction.platform.problem.UnknownResourceException;
import org.coproduction.platform.query.QueryParams;
import org.coproduction.platform.security.Roles;
import org.coproduction.platform.security.Subjects;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A person's one-click unsubscribe, as their own pages show and undo it: the portal (as the participant) asks whether
 * their digests are stopped, and undoes the stop when they choose a digest frequency again.
 */
@Path("/unsubscribes/{participantId}")
@Tag(name = UnsubscribeResource.TAG)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COORDINATOR, Roles.PARTICIPANT})
public class UnsubscribesResource {

    private final Unsubscribes unsubscribes;
    private final SecurityIdentity identity;
    private final JsonWebToken jwt;

    public UnsubscribesResource(Unsubscribes unsubscribes, SecurityIdentity identity, JsonWebToken jwt) {
        this.unsubscribes = unsubscribes;
        this.identity = identity;
        this.jwt = jwt;
    }

    @GET
    @Operation(
            operationId = "getUnsubscribe",
            summary = "Whether a person stopped their digests by a digest's link",
            description = "A participant may ask only about themself; a coordinator about anyone.")
    @APIResponse(
            responseCode = "200",
            description = "They unsubscribed, and when",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = UnsubscribeStatus.class)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID")
    @APIResponse(responseCode = "403", description = "A participant asking about someone else")
    @APIResponse(responseCode = "404", description = "They have not unsubscribed (or are unknown here)")
    public UnsubscribeStatus get(
            @Parameter(description = "Whose unsubscribe", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @PathParam("participantId")
                    String participantId) {
        UUID id = person(participantId);
        return unsubscribes
                .since(id)
                .map(at -> new UnsubscribeStatus(id, at))
                .orElseThrow(() -> new UnknownResourceException("This person has not unsubscribed from digests."));
    }

    @DELETE
    // No body on success: a client may accept only the problem type it could get (generated clients do).
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(
            operationId = "cancelUnsubscribe",
            summary = "Undo a person's one-click unsubscribe",
            description = "Their digests go out again, as their digest frequency in participants-service says (the "
                    + "portal calls this when they choose a frequency again). Doing it when they had not "
                    + "unsubscribed changes nothing. A participant may undo only their own; a coordinator anyone's.")
    @APIResponse(responseCode = "204", description = "Their digests are no longer stopped here")
    @APIResponse(responseCode = "400", description = "The id is not a UUID")
    @APIResponse(responseCode = "403", description = "A participant undoing someone else's")
    public Response cancel(
            @Parameter(description = "Whose unsubscribe", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @PathParam("participantId")
                    String participantId) {
        unsubscribes.cancel(person(participantId));
        return Response.noContent().build();
    }

    /** Checked before anything is looked up, so a participant learns nothing about other ids. */
    private UUID person(String participantId) {
        QueryParams params = new QueryParams();
        UUID id = params.uuid("participantId", participantId);
        if (!identity.hasRole(Roles.COORDINATOR) && (id == null || !Subjects.isParticipant(jwt, id))) {
            throw new ForbiddenException();
        }
        params.check();
        return id;
    }
}
