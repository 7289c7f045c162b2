package org.coproduction.sessions.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.coproduction.platform.paging.Page;
import org.coproduction.platform.paging.PageRequest;
import org.coproduction.platform.query.QueryParams;
import org.coproduction.platform.security.Roles;
import org.coproduction.sessions.api.FollowUpDto;
import org.coproduction.sessions.service.FollowUpService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/sessions/{id}/follow-ups")
@Tag(
        name = "Sessions",
        description = "Meetings, workshops, training and mentoring: when and where they happen, who is invited, "
                + "whether their access needs are met, what they cost and what was decided.")
@Produces(MediaType.APPLICATION_JSON)
public class FollowUpResource {
    private final FollowUpService followUps;

    public FollowUpResource(FollowUpService followUps) {
        this.followUps = followUps;
    }

    @GET
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            operationId = "listSessionFollowUps",
            summary = "List the follow-ups of a sensitive session",
            description = "Each attendee of a sensitive session is offered a debrief or a one-to-one with their mentor "
                    + "or the wellbeing contact when attendance is recorded, once. Earliest offered first, paged; "
                    + "overdue when still OFFERED after dueBy.")
    @APIResponse(responseCode = "200", description = "One page of follow-ups")
    @APIResponse(responseCode = "400", description = "Bad paging")
    @APIResponse(responseCode = "404", description = "No such session")
    public Page<FollowUpDto> list(
            @Parameter(description = "The session's id") @PathParam("id") UUID id,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        QueryParams params = new QueryParams();
        PageRequest paging = params.page(page, size);
        params.check();
        return followUps.list(id, paging);
    }

    @POST
    @Path("/{participantId}/decline")
    @RolesAllowed({Roles.COORDINATOR, Roles.PARTICIPANT})
    @Operation(
            operationId = "declineSessionFollowUp",
            summary = "Decline a follow-up",
            description = "The person (or a coordinator for them) says no thanks; no reason is asked. Declining again "
                    + "changes nothing. No body.")
    @APIResponse(
            responseCode = "200",
            description = "The follow-up, DECLINED",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FollowUpDto.class)))
    @APIResponse(
            responseCode = "403",
            description = "Your role may not do this, or a participant declined someone else's follow-up")
    @APIResponse(responseCode = "404", description = "No follow-up was offered to this person for this session")
    @APIResponse(responseCode = "409", description = "The follow-up is already ARRANGED")
    public FollowUpDto decline(
            @Parameter(description = "The sensitive session's id") @PathParam("id") UUID id,
            @Parameter(description = "The person offered the follow-up") @PathParam("participantId")
                    UUID participantId) {
        return followUps.decline(id, participantId);
    }
}
