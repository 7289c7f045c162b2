package org.coproduction.sessions.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.coproduction.platform.query.QueryParams;
import org.coproduction.platform.security.Roles;
import org.coproduction.sessions.api.ArrangementsResponse;
import org.coproduction.sessions.service.ArrangementService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/sessions/{id}/arrangements")
@Tag(
        name = "Sessions",
        description = "Meetings, workshops, training and mentoring: when and where they happen, who is invited, "
                + "whether their access needs are met, what they cost and what was decided.")
@Produces(MediaType.APPLICATION_JSON)
public class ArrangementResource {
    private final ArrangementService arrangements;

    public ArrangementResource(ArrangementService arrangements) {
        this.arrangements = arrangements;
    }

    @GET
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            operationId = "getSessionArrangements",
            summary = "What a session needs arranging",
            description = "For the invitees who did not say NOT_COMING, read live from participants-service: dietary "
                    + "requirements grouped ignoring case and spacing (names only with names=true), interpreters "
                    + "needed (language.interpretation, bfi for a BSL_INTERPRETER need) beside those booked with PUT "
                    + "/sessions/{id}/interpreters/{language}, large-print and easy-read copies, a quiet space (a "
                    + "QUIET_SPACE need at a session in a room, or a sensitive session), and what is still missing "
                    + "in plain words.")
    @APIResponse(
            responseCode = "200",
            description = "What is needed and what is missing",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ArrangementsResponse.class),
                            examples =
                                    @ExampleObject(
                                            name = "unbooked",
                                            summary = "A BSL interpreter is needed and none is booked",
                                            value = "{\"sessionId\":\"0b7c6a52-3f1e-4c1a-9a4e-2f0d7d3c9b11\","
                                                    + "\"expected\":3,\"currency\":\"GBP\",\"dietary\":[{"
                                                    + "\"requirement\":\"vegetarian\",\"count\":2,\"names\":null}],"
                                                    + "\"interpreters\":[{\"language\":\"bfi\",\"neededBy\":1,"
                                                    + "\"booked\":false,\"cost\":null,\"reference\":null}],"
                                                    + "\"largePrint\":{\"needed\":0,\"arranged\":false},"
                                                    + "\"easyRead\":{\"needed\":0,\"arranged\":false},"
                                                    + "\"quietSpace\":{\"needed\":false,\"arranged\":false},"
                                                    + "\"missing\":[\"1 person needs an interpreter (bfi) and none "
                                                    + "is booked\"]}")))
    @APIResponse(responseCode = "400", description = "names is not true or false")
    @APIResponse(responseCode = "404", description = "No such session")
    @APIResponse(responseCode = "503", description = "participants-service is down")
    public ArrangementsResponse arrangements(
            @Parameter(description = "The session's id") @PathParam("id") UUID id,
            @Parameter(
                            description = "true to name the people with each dietary requirement",
                            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
                    @QueryParam("names")
                    String names) {
        QueryParams params = new QueryParams();
        Boolean withNames = EngagementResource.bool(params, "names", names);
        params.check();
        return arrangements.arrangements(id, Boolean.TRUE.equals(withNames));
    }
}
