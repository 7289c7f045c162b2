package org.coproduction.sessions.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.coproduction.platform.paging.Page;
import org.coproduction.platform.paging.PageRequest;
import org.coproduction.platform.query.QueryParams;
import org.coproduction.platform.security.Roles;
import org.coproduction.sessions.api.EngagementResponse;
import org.coproduction.sessions.api.EngagementRunResponse;
import org.coproduction.sessions.service.EngagementService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/engagement")
@Tag(
        name = "Engagement",
        description = "Who seems to be drifting away from a project (missed sessions, weeks without one, declined or "
                + "unanswered invitations), so a coordinator can get in touch; and the weekly job that tells "
                + "coordinators and checks in with the people themselves.")
@Produces(MediaType.APPLICATION_JSON)
public class EngagementResource {
    private final EngagementService engagement;

    public EngagementResource(EngagementService engagement) {
        this.engagement = engagement;
    }

    @GET
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            operationId = "listEngagement",
            summary = "How a project's members are taking part",
            description = "Every member of the project with their runs of missed sessions and declined or unanswered "
                    + "invitations, when they last came, last opened the portal and were last sent a check-in, and "
                    + "the reasons they seem to be drifting away (thresholds: sessions.engagement.*). Only the "
                    + "project's ended sessions count; cancelled ones, and sensitive ones the person said they would "
                    + "not come to, are left out. Someone on a break (PAUSED) or who left has no reasons. Paged, "
                    + "drifting first (longest since they last came first).")
    @APIResponse(responseCode = "200", description = "One page of members")
    @APIResponse(responseCode = "400", description = "Missing or bad projectId, bad drifting or paging parameter")
    @APIResponse(responseCode = "404", description = "No such project")
    @APIResponse(responseCode = "503", description = "participants-service is down")
    public Page<EngagementResponse> list(
            @Parameter(
                            required = true,
                            description = "The project",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @QueryParam("projectId")
                    String projectId,
            @Parameter(
                            description = "Only those who are (true) or are not (false) drifting away",
                            schema = @Schema(type = SchemaType.BOOLEAN))
                    @QueryParam("drifting")
                    String drifting,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        QueryParams params = new QueryParams();
        PageRequest paging = params.page(page, size);
        UUID project = SupportResource.required(params, "projectId", projectId);
        Boolean onlyDrifting = bool(params, "drifting", drifting);
        params.check();
        return engagement.list(project, onlyDrifting, paging);
    }

    @POST
    @Path("/runs")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            operationId = "runEngagement",
            summary = "Run the weekly engagement job now",
            description = "What the schedule (sessions.engagement.every) does: for each project with coordinators "
                    + "and someone drifting away, queues one ENGAGEMENT_SUMMARY notice to its coordinators per ISO "
                    + "week; and queues a CHECK_IN notice to each drifting person not on a break who had none within "
                    + "sessions.engagement.check-in-every. Running it again in the same week queues nothing new.")
    @APIResponse(
            responseCode = "200",
            description = "What this run queued",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EngagementRunResponse.class)))
    @APIResponse(responseCode = "503", description = "participants-service is down; projects not yet reached wait")
    public EngagementRunResponse run() {
        return engagement.run();
    }

    static Boolean bool(QueryParams params, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> params.invalid(name, "must be true or false");
        };
    }
}
