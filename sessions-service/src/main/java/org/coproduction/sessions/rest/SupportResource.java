package org.coproduction.sessions.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.coproduction.platform.paging.Page;
import org.coproduction.platform.paging.PageRequest;
import org.coproduction.platform.query.QueryParams;
import org.coproduction.platform.security.Roles;
import org.coproduction.sessions.api.SupportWaitResponse;
import org.coproduction.sessions.service.SupportService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/support")
@Tag(name = "Support", description = "Training and mentoring people asked for: who is still waiting for it.")
@Produces(MediaType.APPLICATION_JSON)
public class SupportResource {
    private final SupportService support;

    public SupportResource(SupportService support) {
        this.support = support;
    }

    @GET
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            operationId = "listSupportWaits",
            summary = "Who is waiting for support they asked for",
            description = "The project's members who asked for training (support.trainingAskedAt) and have attended "
                    + "no TRAINING session sharing one of their topics since, or asked for a mentor "
                    + "(support.mentorAskedAt) and still have none. One item per kind. Paged, longest wait first.")
    @APIResponse(responseCode = "200", description = "One page of waits")
    @APIResponse(responseCode = "400", description = "Missing or bad projectId, bad paging parameter")
    @APIResponse(responseCode = "404", description = "No such project")
    @APIResponse(responseCode = "503", description = "participants-service is down")
    public Page<SupportWaitResponse> waiting(
            @Parameter(
                            required = true,
                            description = "The project",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @QueryParam("projectId")
                    String projectId,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        QueryParams params = new QueryParams();
        PageRequest paging = params.page(page, size);
        UUID project = required(params, "projectId", projectId);
        params.check();
        return support.waiting(project, paging);
    }

    static UUID required(QueryParams params, String name, String value) {
        if (value == null || value.isBlank()) {
            return params.invalid(name, "is required");
        }
        return params.uuid(name, value);
    }
}
