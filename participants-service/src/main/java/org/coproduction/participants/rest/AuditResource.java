package org.coproduction.participants.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.coproduction.participants.api.AuditEntryDto;
import org.coproduction.participants.api.AuditPage;
import org.coproduction.participants.config.ParticipantsConfig;
import org.coproduction.participants.service.AuditLog;
import org.coproduction.platform.paging.Page;
import org.coproduction.platform.paging.PageRequest;
import org.coproduction.platform.query.QueryParams;
import org.coproduction.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Audit",
        description =
                "Who read or changed a person's access needs, financial support, contact details or private benefits limit (and who checked a payment against that limit), and when (never the values). Kept for a configured time.")
@SecurityRequirement(name = "bearer")
public class AuditResource {

    private final AuditLog audit;
    private final ParticipantsConfig config;

    public AuditResource(AuditLog audit, ParticipantsConfig config) {
        this.audit = audit;
        this.config = config;
    }

    @GET
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            operationId = "listAuditEntries",
            summary = "Audit of one person's needs, money, contact details and benefits limit",
            description = "Paged, newest first. Coordinators only.")
    @APIResponse(
            responseCode = "200",
            description = "One page.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AuditPage.class)))
    @APIResponse(responseCode = "400", description = "`participantId` missing or not a UUID, or page out of range.")
    public Page<AuditEntryDto> list(
            @Parameter(
                            description = "Whose information",
                            required = true,
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @QueryParam("participantId")
                    String participantId,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        QueryParams params = new QueryParams();
        UUID id = params.uuid("participantId", participantId);
        if (participantId == null || participantId.isBlank()) {
            params.invalid("participantId", "is required");
        }
        PageRequest pageRequest = params.page(
                page, size, config.paging().defaultSize(), config.paging().maxSize());
        params.check();
        return audit.page(id, pageRequest);
    }
}
