package org.coproduction.sessions.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.UUID;
import org.coproduction.platform.paging.Page;
import org.coproduction.platform.paging.PageRequest;
import org.coproduction.platform.query.QueryParams;
import org.coproduction.platform.security.Roles;
import org.coproduction.sessions.api.Contribution;
import org.coproduction.sessions.service.ContributionService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/contributions")
@Tag(
        name = "Contributions",
        description =
                "Counts the sessions people attended and the hours they gave, so their time can be " + "acknowledged.")
@Produces(MediaType.APPLICATION_JSON)
public class ContributionResource {
    private final ContributionService contributions;

    public ContributionResource(ContributionService contributions) {
        this.contributions = contributions;
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.PARTICIPANT})
    @Operation(
            operationId = "listContributions",
            summary = "Contributions over a date range",
            description = "Per participant who attended "
                    + "anything that started in [from, to): sessions attended and their hours. Paged, by participant id. "
                    + "A participant sees only their own.")
    @APIResponse(responseCode = "200", description = "One page of contributions")
    @APIResponse(responseCode = "400", description = "Missing from/to, from after to, bad id or paging")
    @APIResponse(
            responseCode = "403",
            description = "Your role may not do this, or a participant asked for someone else's contributions")
    public Page<Contribution> list(
            @Parameter(
                            required = true,
                            description = "Sessions starting at or after this instant",
                            example = "2027-01-01T00:00:00Z",
                            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
                    @QueryParam("from")
                    String from,
            @Parameter(
                            required = true,
                            description = "Sessions starting before this instant",
                            example = "2027-04-01T00:00:00Z",
                            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
                    @QueryParam("to")
                    String to,
            @Parameter(
                            description = "Only this person (a participant may name only themselves)",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @QueryParam("participantId")
                    String participantId,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        QueryParams params = new QueryParams();
        Instant fromInstant = params.instant("from", from);
        Instant toInstant = params.instant("to", to);
        if (from == null || from.isBlank()) {
            params.invalid("from", "is required");
        }
        if (to == null || to.isBlank()) {
            params.invalid("to", "is required");
        }
        if (fromInstant != null && toInstant != null && fromInstant.isAfter(toInstant)) {
            params.invalid("from", "must not be after to");
        }
        UUID participant = params.uuid("participantId", participantId);
        PageRequest paging = params.page(page, size);
        params.check();
        return contributions.contributions(fromInstant, toInstant, participant, paging);
    }
}
