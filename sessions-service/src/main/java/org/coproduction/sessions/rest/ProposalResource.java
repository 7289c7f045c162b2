package org.coproduction.sessions.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.coproduction.platform.etag.EntityTags;
import org.coproduction.platform.security.Roles;
import org.coproduction.sessions.api.ObjectionResponseRequest;
import org.coproduction.sessions.api.ProposalAnswerRequest;
import org.coproduction.sessions.api.ProposalDto;
import org.coproduction.sessions.service.ProposalService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/proposals/{id}")
@Tag(name = ProposalText.TAG, description = ProposalText.TAG_DESCRIPTION)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProposalResource {
    private final ProposalService proposals;

    public ProposalResource(ProposalService proposals) {
        this.proposals = proposals;
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.PARTICIPANT})
    @Operation(
            operationId = "getProposal",
            summary = "Read a proposal",
            description = "With every answer and its comment, the counts and, once CLOSED, the outcome. "
                    + "Coordinators and the project's members. Read after its closing time, it is closed first."
                    + ProposalText.OUTCOME_RULES)
    @APIResponse(
            responseCode = "200",
            description = "The proposal",
            headers =
                    @Header(
                            name = ApiText.ETAG,
                            description = ApiText.ETAG_DESCRIPTION,
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProposalDto.class)))
    @APIResponse(responseCode = "403", description = "A participant who is not a member of the project")
    @APIResponse(responseCode = "404", description = "No such proposal")
    public Response get(@Parameter(description = "The proposal's id") @PathParam("id") UUID id) {
        return withTag(proposals.get(id));
    }

    @PUT
    @Path("/answers/{participantId}")
    @RolesAllowed({Roles.COORDINATOR, Roles.PARTICIPANT})
    @Operation(
            operationId = "answerProposal",
            summary = "Agree, have concerns or object",
            description = "A member answers for themself (a coordinator may record a member's answer for them) "
                    + "while the proposal is OPEN; changing an answer is allowed until it closes, and the same "
                    + "answer again changes nothing. The member's role is asked of participants-service, so the "
                    + "outcome can say how much of it came from lived experience. When every member has answered "
                    + "and no objection stands, the proposal closes at once." + ProposalText.OUTCOME_RULES)
    @APIResponse(
            responseCode = "200",
            description = "The proposal with the answer",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProposalDto.class)))
    @APIResponse(
            responseCode = "400",
            description = "Bad answer or comment, or (coordinator) the person is not a member of the project")
    @APIResponse(
            responseCode = "403",
            description = "A participant answering for someone else or in a project they are not a member of")
    @APIResponse(responseCode = "404", description = "No such proposal")
    @APIResponse(responseCode = "409", description = "The proposal is CLOSED")
    @APIResponse(responseCode = "503", description = "participants-service is down; nothing was recorded")
    public Response answer(
            @Parameter(description = "The proposal's id") @PathParam("id") UUID id,
            @Parameter(description = "The member answering") @PathParam("participantId") UUID participantId,
            ProposalAnswerRequest body) {
        return withTag(proposals.answer(id, participantId, body));
    }

    @POST
    @Path("/objections/{participantId}/response")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            operationId = "respondToObjection",
            summary = "Answer an objection in writing",
            description = "The coordinator's written response to a member's objection; it may be given again in "
                    + "other words. Only then may the member withdraw the objection.")
    @APIResponse(
            responseCode = "200",
            description = "The proposal with the response",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProposalDto.class)))
    @APIResponse(responseCode = "400", description = "Missing or too long response")
    @APIResponse(responseCode = "404", description = "No such proposal, or this person has not objected")
    @APIResponse(responseCode = "409", description = "The proposal is CLOSED, or the objection was withdrawn")
    public Response respond(
            @Parameter(description = "The proposal's id") @PathParam("id") UUID id,
            @Parameter(description = "The member who objected") @PathParam("participantId") UUID participantId,
            ObjectionResponseRequest body) {
        return withTag(proposals.respond(id, participantId, body));
    }

    @POST
    @Path("/objections/{participantId}/withdraw")
    @RolesAllowed({Roles.COORDINATOR, Roles.PARTICIPANT})
    @Operation(
            operationId = "withdrawObjection",
            summary = "Withdraw an objection",
            description = "Only the member who objected, once the coordinator has answered in writing; the objection "
                    + "then counts as a concern. Withdrawing again changes nothing. No body.")
    @APIResponse(
            responseCode = "200",
            description = "The proposal, closed at once if every member has answered and no objection stands",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProposalDto.class)))
    @APIResponse(responseCode = "403", description = "Anyone but the member who objected")
    @APIResponse(responseCode = "404", description = "No such proposal, or this person has not objected")
    @APIResponse(
            responseCode = "409",
            description = "The proposal is CLOSED, or the coordinator has not answered the objection yet")
    public Response withdraw(
            @Parameter(description = "The proposal's id") @PathParam("id") UUID id,
            @Parameter(description = "The member who objected") @PathParam("participantId") UUID participantId) {
        return withTag(proposals.withdraw(id, participantId));
    }

    private static Response withTag(ProposalDto p) {
        return Response.ok(p).tag(EntityTags.of(p.version())).build();
    }
}
