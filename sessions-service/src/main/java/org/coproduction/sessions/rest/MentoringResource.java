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
import org.coproduction.sessions.api.MentorSuggestionResponse;
import org.coproduction.sessions.service.SupportService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/mentoring")
@Tag(name = "Mentoring", description = "Who could mentor or buddy someone who asked for a mentor.")
@Produces(MediaType.APPLICATION_JSON)
public class MentoringResource {
    private final SupportService support;

    public MentoringResource(SupportService support) {
        this.support = support;
    }

    @GET
    @Path("/suggestions")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            operationId = "listMentorSuggestions",
            summary = "Who could mentor someone",
            description = "People who offered to mentor or buddy (offersMentoring), are ACTIVE, are not the person, "
                    + "share a training interest and language.preferred with them, attended more sessions than they "
                    + "did and have fewer mentees than sessions.mentoring.max-mentees. Practitioners and facilitators "
                    + "may be mentees too. Paged, most shared interests first, then most sessions attended.")
    @APIResponse(responseCode = "200", description = "One page of suggestions")
    @APIResponse(responseCode = "400", description = "Missing or bad participantId, bad paging parameter")
    @APIResponse(responseCode = "404", description = "participantId unknown to participants-service")
    @APIResponse(responseCode = "503", description = "participants-service is down")
    public Page<MentorSuggestionResponse> mentorSuggestions(
            @Parameter(
                            required = true,
                            description = "The person a mentor is sought for",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @QueryParam("participantId")
                    String participantId,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        QueryParams params = new QueryParams();
        PageRequest paging = params.page(page, size);
        UUID person = SupportResource.required(params, "participantId", participantId);
        params.check();
        return support.mentorsFor(person, paging);
    }
}
