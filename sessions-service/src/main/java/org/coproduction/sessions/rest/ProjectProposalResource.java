package org.coproduction.sessions.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.coproduction.platform.etag.EntityTags;
import org.coproduction.platform.paging.Page;
import org.coproduction.platform.paging.PageRequest;
import org.coproduction.platform.query.QueryParams;
import org.coproduction.platform.security.Roles;
import org.coproduction.sessions.api.CreateProposalRequest;
import org.coproduction.sessions.api.ProposalDto;
import org.coproduction.sessions.domain.proposals.ProposalStatus;
import org.coproduction.sessions.service.ProposalService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/projects/{id}/proposals")
@Tag(name = ProposalText.TAG, description = ProposalText.TAG_DESCRIPTION)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectProposalResource {
    private final ProposalService proposals;

    public ProjectProposalResource(ProposalService proposals) {
        this.proposals = proposals;
    }

    @POST
    @RolesAllowed({Roles.COORDINATOR, Roles.PARTICIPANT})
    @Operation(
            operationId = "createProposal",
            summary = "Put a proposal to a project",
            description = "A coordinator, or a member as themself, puts a proposal to the project's members. It is "
                    + "OPEN until closesAt (in the future, at most a year ahead), or until every member has answered "
                    + "and no objection stands.")
    @APIResponse(
            responseCode = "201",
            description = "Created, OPEN",
            headers = {
                @Header(
                        name = ApiText.LOCATION,
                        description = "The proposal: /proposals/{id}",
                        schema = @Schema(type = SchemaType.STRING, format = "uri")),
                @Header(
                        name = ApiText.ETAG,
                        description = ApiText.ETAG_DESCRIPTION,
                        schema = @Schema(type = SchemaType.STRING))
            },
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProposalDto.class)))
    @APIResponse(
            responseCode = "400",
            description = "Missing or too long title or text, closesAt in the past or more than a year ahead")
    @APIResponse(responseCode = "403", description = "A participant who is not a member of the project")
    @APIResponse(responseCode = "404", description = "No such project")
    public Response create(
            @Parameter(description = "The project's id") @PathParam("id") UUID id, CreateProposalRequest body) {
        ProposalDto p = proposals.create(id, body);
        return Response.created(URI.create("/proposals/" + p.id()))
                .entity(p)
                .tag(EntityTags.of(p.version()))
                .build();
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.PARTICIPANT})
    @Operation(
            operationId = "listProjectProposals",
            summary = "List a project's proposals",
            description = "Newest first, paged; coordinators and the project's members. Proposals past their "
                    + "closing time are closed (their outcome recorded) before the list is read.")
    @APIResponse(responseCode = "200", description = "One page of proposals")
    @APIResponse(responseCode = "400", description = "Bad status or paging")
    @APIResponse(responseCode = "403", description = "A participant who is not a member of the project")
    @APIResponse(responseCode = "404", description = "No such project")
    public Page<ProposalDto> list(
            @Parameter(description = "The project's id") @PathParam("id") UUID id,
            @Parameter(
                            description = "Only OPEN or only CLOSED proposals",
                            schema = @Schema(enumeration = {"OPEN", "CLOSED"}))
                    @QueryParam("status")
                    String status,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        QueryParams params = new QueryParams();
        ProposalStatus only = params.oneOf("status", status, ProposalStatus.class);
        PageRequest paging = params.page(page, size);
        params.check();
        return proposals.list(id, only, paging);
    }
}
