package org.coproduction.sessions.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.UUID;
import org.coproduction.platform.etag.EntityTags;
import org.coproduction.platform.paging.Page;
import org.coproduction.platform.paging.PageRequest;
import org.coproduction.platform.problem.Problem;
import org.coproduction.platform.query.QueryParams;
import org.coproduction.platform.security.Roles;
import org.coproduction.sessions.api.CreateProjectRequest;
import org.coproduction.sessions.api.CreateUpdateRequest;
import org.coproduction.sessions.api.ProjectResponse;
import org.coproduction.sessions.api.ProjectUpdateResponse;
import org.coproduction.sessions.api.ReadabilityCheckResponse;
import org.coproduction.sessions.service.ProjectService;
import org.coproduction.sessions.service.ProjectUpdateService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/projects")
@Tag(
        name = "Projects",
        description = "Co-production groups: who belongs to each one, and the updates posted about the work done "
                + "between sessions.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProjectResource {
    private final ProjectService projects;
    private final ProjectUpdateService updates;

    public ProjectResource(ProjectService projects, ProjectUpdateService updates) {
        this.projects = projects;
        this.updates = updates;
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            operationId = "createProject",
            summary = "Create a project",
            description = "Members and coordinators are checked against participants-service "
                    + "in one batched lookup before anything is stored.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            headers = {
                @Header(
                        name = ApiText.LOCATION,
                        description = ApiText.LOCATION_DESCRIPTION,
                        schema = @Schema(type = SchemaType.STRING, format = "uri")),
                @Header(
                        name = ApiText.ETAG,
                        description = ApiText.ETAG_DESCRIPTION,
                        schema = @Schema(type = SchemaType.STRING))
            },
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProjectResponse.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid body, or a coordinatorIds entry not registered as a coordinator")
    @APIResponse(responseCode = "404", description = "A member or coordinator is unknown to participants-service")
    @APIResponse(responseCode = "503", description = "participants-service is down; nothing was stored")
    public Response create(CreateProjectRequest body, @Context UriInfo uri) {
        ProjectResponse p = projects.create(body);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(p.id().toString()).build())
                .entity(p)
                .tag(EntityTags.of(p.version()))
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "getProject", summary = "Read a project")
    @APIResponse(
            responseCode = "200",
            description = "The project",
            headers =
                    @Header(
                            name = ApiText.ETAG,
                            description = ApiText.ETAG_DESCRIPTION,
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProjectResponse.class)))
    @APIResponse(responseCode = "404", description = "No such project")
    public Response get(@Parameter(description = "The project's id") @PathParam("id") UUID id) {
        ProjectResponse p = projects.get(id);
        return Response.ok(p).tag(EntityTags.of(p.version())).build();
    }

    @GET
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "listProjects", summary = "List projects", description = "Paged, by name.")
    @APIResponse(responseCode = "200", description = "One page of projects")
    @APIResponse(responseCode = "400", description = "Bad paging parameters")
    public Page<ProjectResponse> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        QueryParams params = new QueryParams();
        PageRequest paging = params.page(page, size);
        params.check();
        return projects.list(paging);
    }

    @PUT
    @Path("/{id}/members/{participantId}")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            operationId = "addProjectMember",
            summary = "Add a member",
            description = "Idempotent: adding a member twice changes nothing. Only a newcomer is checked against "
                    + "participants-service.")
    @APIResponse(
            responseCode = "200",
            description = "The project with its members",
            headers =
                    @Header(
                            name = ApiText.ETAG,
                            description = ApiText.ETAG_DESCRIPTION,
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProjectResponse.class)))
    @APIResponse(responseCode = "404", description = "No such project, or participant unknown to participants-service")
    @APIResponse(responseCode = "409", description = "The project was " + ApiText.CONCURRENT_CHANGE)
    @APIResponse(responseCode = "503", description = "participants-service is down; nothing changed")
    public Response addMember(
            @Parameter(description = "The project's id") @PathParam("id") UUID id,
            @Parameter(description = "The participant to add") @PathParam("participantId") UUID participantId) {
        ProjectResponse p = projects.addMember(id, participantId);
        return Response.ok(p).tag(EntityTags.of(p.version())).build();
    }

    @DELETE
    // No body on success: a client may accept only the problem type it could get (generated clients do).
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Path("/{id}/members/{participantId}")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "removeProjectMember", summary = "Remove a member")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such project, or not a member")
    @APIResponse(responseCode = "409", description = "The project was " + ApiText.CONCURRENT_CHANGE)
    public void removeMember(
            @Parameter(description = "The project's id") @PathParam("id") UUID id,
            @Parameter(description = "The member to remove") @PathParam("participantId") UUID participantId) {
        projects.removeMember(id, participantId);
    }

    @PUT
    @Path("/{id}/coordinators/{participantId}")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            operationId = "addProjectCoordinator",
            summary = "Add a coordinator",
            description = "The person must be registered in participants-service with role COORDINATOR. Idempotent: "
                    + "adding a coordinator twice changes nothing. Coordinators hear the project's weekly engagement "
                    + "summary.")
    @APIResponse(
            responseCode = "200",
            description = "The project with its coordinators",
            headers =
                    @Header(
                            name = ApiText.ETAG,
                            description = ApiText.ETAG_DESCRIPTION,
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProjectResponse.class)))
    @APIResponse(
            responseCode = "400",
            description = "participantId is not registered as a coordinator, or the project has 20 already")
    @APIResponse(responseCode = "404", description = "No such project, or participant unknown to participants-service")
    @APIResponse(responseCode = "409", description = "The project was " + ApiText.CONCURRENT_CHANGE)
    @APIResponse(responseCode = "503", description = "participants-service is down; nothing changed")
    public Response addCoordinator(
            @Parameter(description = "The project's id") @PathParam("id") UUID id,
            @Parameter(description = "The coordinator to add") @PathParam("participantId") UUID participantId) {
        ProjectResponse p = projects.addCoordinator(id, participantId);
        return Response.ok(p).tag(EntityTags.of(p.version())).build();
    }

    @DELETE
    // No body on success: a client may accept only the problem type it could get (generated clients do).
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Path("/{id}/coordinators/{participantId}")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "removeProjectCoordinator", summary = "Remove a coordinator")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such project, or not one of its coordinators")
    @APIResponse(responseCode = "409", description = "The project was " + ApiText.CONCURRENT_CHANGE)
    public void removeCoordinator(
            @Parameter(description = "The project's id") @PathParam("id") UUID id,
            @Parameter(description = "The coordinator to remove") @PathParam("participantId") UUID participantId) {
        projects.removeCoordinator(id, participantId);
    }

    @POST
    @Path("/{id}/updates")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            operationId = "createProjectUpdate",
            summary = "Post a project update",
            description = "Records background work people should hear "
                    + "about, with any versions in other languages or plain words. The answer carries a readability "
                    + "report (Flesch reading ease, grade, jargon, long sentences) of English text: a warning only, "
                    + "the update is always stored. To see the reports first, use POST "
                    + "/projects/{id}/updates/readability-checks.")
    @APIResponse(
            responseCode = "201",
            description = "Stored, with its readability report",
            headers = {
                @Header(
                        name = ApiText.LOCATION,
                        description = "The project's updates from this one on (its since query names when it "
                                + "was posted)",
                        schema = @Schema(type = SchemaType.STRING, format = "uri")),
                @Header(
                        name = ApiText.ETAG,
                        description = ApiText.ETAG_DESCRIPTION,
                        schema = @Schema(type = SchemaType.STRING))
            },
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProjectUpdateResponse.class)))
    @APIResponse(
            responseCode = "400",
            description = "Missing title or body, a bad language code, or versions that repeat or copy the original")
    @APIResponse(responseCode = "404", description = "No such project")
    public Response postUpdate(
            @Parameter(description = "The project's id") @PathParam("id") UUID id,
            CreateUpdateRequest body,
            @Context UriInfo uri) {
        ProjectUpdateResponse u = updates.post(id, body);
        return Response.created(uri.getAbsolutePathBuilder()
                        .queryParam("since", u.postedAt())
                        .build())
                .entity(u)
                .tag(EntityTags.of(u.version()))
                .build();
    }

    @POST
    @Path("/{id}/updates/readability-checks")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            operationId = "checkProjectUpdate",
            summary = "Check an update's readability before posting it",
            description = "The readability reports (Flesch reading ease, grade, jargon, long sentences) of the "
                    + "update's English text and of each English version, for the same body as POST "
                    + "/projects/{id}/updates. Nothing is stored or sent. (A separate operation rather than a dryRun "
                    + "flag on the post: one operation with two success bodies is read wrongly by generated "
                    + "clients.)")
    @APIResponse(
            responseCode = "200",
            description = "The readability reports; nothing was stored",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReadabilityCheckResponse.class)))
    @APIResponse(
            responseCode = "400",
            description = "Missing title or body, a bad language code, or versions that repeat or copy the original")
    @APIResponse(responseCode = "404", description = "No such project")
    public ReadabilityCheckResponse checkUpdate(
            @Parameter(description = "The project's id") @PathParam("id") UUID id, CreateUpdateRequest body) {
        return updates.dryRun(id, body);
    }

    @GET
    @Path("/{id}/updates/{updateId}")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "getProjectUpdate", summary = "Read a project update")
    @APIResponse(
            responseCode = "200",
            description = "The update",
            headers =
                    @Header(
                            name = ApiText.ETAG,
                            description = ApiText.ETAG_DESCRIPTION,
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProjectUpdateResponse.class)))
    @APIResponse(responseCode = "404", description = "No such project, or no such update in it")
    public Response getUpdate(
            @Parameter(description = "The project's id") @PathParam("id") UUID id,
            @Parameter(description = "The update's id") @PathParam("updateId") UUID updateId) {
        ProjectUpdateResponse u = updates.get(id, updateId);
        return Response.ok(u).tag(EntityTags.of(u.version())).build();
    }

    @PUT
    @Path("/{id}/updates/{updateId}")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            operationId = "correctProjectUpdate",
            summary = "Correct a project update",
            description = "Replaces its title, body, language and versions; If-Match (its ETag) is required. "
                    + "A corrected update reaches the next digests again, marked as corrected.")
    @APIResponse(
            responseCode = "200",
            description = "Corrected",
            headers =
                    @Header(
                            name = ApiText.ETAG,
                            description = ApiText.ETAG_DESCRIPTION,
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProjectUpdateResponse.class)))
    @APIResponse(
            responseCode = "400",
            description = "Missing title or body, a bad language code, or versions that repeat or copy the original")
    @APIResponse(responseCode = "404", description = "No such project, or no such update in it")
    @APIResponse(responseCode = "409", description = "The update was withdrawn")
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    public Response correctUpdate(
            @Parameter(description = "The project's id") @PathParam("id") UUID id,
            @Parameter(description = "The update's id") @PathParam("updateId") UUID updateId,
            @Parameter(description = ApiText.IF_MATCH_DESCRIPTION, example = "\"3\"") @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch,
            CreateUpdateRequest body) {
        ProjectUpdateResponse u = updates.correct(
                id, updateId, EntityTags.expectedVersion(ifMatch).orElse(null), body);
        return Response.ok(u).tag(EntityTags.of(u.version())).build();
    }

    @DELETE
    // No body on success: a client may accept only the problem type it could get (generated clients do).
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Path("/{id}/updates/{updateId}")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            operationId = "withdrawProjectUpdate",
            summary = "Withdraw a project update",
            description = "Kept for the record with withdrawnAt, never in a digest again. Withdrawing it again "
                    + "changes nothing.")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    @APIResponse(responseCode = "404", description = "No such project, or no such update in it")
    public void withdrawUpdate(
            @Parameter(description = "The project's id") @PathParam("id") UUID id,
            @Parameter(description = "The update's id") @PathParam("updateId") UUID updateId) {
        updates.withdraw(id, updateId);
    }

    @GET
    @Path("/{id}/updates")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            operationId = "listProjectUpdates",
            summary = "List a project's updates",
            description = "Newest first, paged; optionally only those posted since an instant. Withdrawn updates "
                    + "are listed too, with withdrawnAt.")
    @APIResponse(responseCode = "200", description = "One page of updates")
    @APIResponse(responseCode = "400", description = "Bad since or paging parameter")
    @APIResponse(responseCode = "404", description = "No such project")
    public Page<ProjectUpdateResponse> listUpdates(
            @Parameter(description = "The project's id") @PathParam("id") UUID id,
            @Parameter(
                            description = "Only updates posted at or after this instant",
                            example = "2027-03-01T00:00:00Z",
                            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
                    @QueryParam("since")
                    String since,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        QueryParams params = new QueryParams();
        Instant sinceInstant = params.instant("since", since);
        PageRequest paging = params.page(page, size);
        params.check();
        return updates.list(id, sinceInstant, paging);
    }
}
