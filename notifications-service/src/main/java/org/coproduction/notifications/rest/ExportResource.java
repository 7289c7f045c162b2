package org.coproduction.notifications.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.coproduction.notifications.privacy.ExportService;
import org.coproduction.notifications.privacy.NotificationsExport;
import org.coproduction.platform.query.QueryParams;
import org.coproduction.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A person's part of their export, gathered by participants-service. */
@Path("/exports")
@Tag(name = PrivacyTag.NAME, description = PrivacyTag.DESCRIPTION)
@Produces(MediaType.APPLICATION_JSON)
public class ExportResource {

    private final ExportService exports;

    public ExportResource(ExportService exports) {
        this.exports = exports;
    }

    @GET
    @Path("/{participantId}")
    @RolesAllowed(Roles.SERVICE)
    @Operation(
            operationId = "exportParticipantDeliveries",
            summary = "Everything held on a person here, for their export",
            description = "Every digest, notice and confirmation mail to them, oldest first: what it was, its state "
                    + "and dates, and the subject line it was sent with while that is kept; never a body; and when they "
                    + "unsubscribed from digests by a digest's one-click link, if they did. An id never heard of has an "
                    + "empty list.")
    @APIResponse(
            responseCode = "200",
            description = "The person's deliveries",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = NotificationsExport.class),
                            examples =
                                    @ExampleObject(
                                            name = "one digest",
                                            summary = "A person who was sent one digest",
                                            value = "{\"deliveries\":[{\"id\":\"9b2d0c7e-5f1a-4c3e-8d2b-1a0f9e8d7c6b\","
                                                    + "\"kind\":\"DIGEST\",\"period\":\"WEEKLY:2027-03-29\","
                                                    + "\"status\":\"SENT\","
                                                    + "\"subject\":\"Your co-production update, 29 March 2027\","
                                                    + "\"createdAt\":\"2027-03-29T07:00:02Z\","
                                                    + "\"sentAt\":\"2027-03-29T07:00:05Z\"}],\"leftOutOfRuns\":[],\"documents\":[],"
                                                    + "\"namedInNotices\":[{\"noticeId\":"
                                                    + "\"3c9e1a7b-6d2f-4e8a-9b0c-1d2e3f4a5b6c\","
                                                    + "\"kind\":\"ENGAGEMENT_SUMMARY\","
                                                    + "\"createdAt\":\"2027-04-05T06:00:00Z\","
                                                    + "\"reasons\":[{\"code\":\"MISSED_SESSIONS\","
                                                    + "\"count\":3}],"
                                                    + "\"lastAttendedAt\":\"2027-02-15T18:00:00Z\"}]}")))
    @APIResponse(responseCode = "400", description = "The id is not a UUID")
    public NotificationsExport export(
            @Parameter(description = "Whose deliveries", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @PathParam("participantId")
                    String participantId) {
        QueryParams params = new QueryParams();
        UUID id = params.uuid("participantId", participantId);
        params.check();
        return exports.export(id);
    }
}
