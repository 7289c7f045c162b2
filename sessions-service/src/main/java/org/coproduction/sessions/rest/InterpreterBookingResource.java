package org.coproduction.sessions.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.coproduction.platform.security.Roles;
import org.coproduction.sessions.api.InterpreterBookingRequest;
import org.coproduction.sessions.api.InterpreterBookingResponse;
import org.coproduction.sessions.service.ArrangementService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/sessions/{id}/interpreters/{language}")
@Tag(
        name = "Sessions",
        description = "Meetings, workshops, training and mentoring: when and where they happen, who is invited, "
                + "whether their access needs are met, what they cost and what was decided.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InterpreterBookingResource {
    private final ArrangementService arrangements;

    public InterpreterBookingResource(ArrangementService arrangements) {
        this.arrangements = arrangements;
    }

    @PUT
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            operationId = "bookSessionInterpreter",
            summary = "Record an interpreter booking",
            description = "Whether an interpreter in this language is booked for the session, what it costs (exact "
                    + "decimal in the deployment's currency) and the agency's reference. Sending it again replaces "
                    + "the booking. GET /sessions/{id}/arrangements shows it beside who needs it.")
    @APIResponse(
            responseCode = "200",
            description = "The booking as kept",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = InterpreterBookingResponse.class),
                            examples =
                                    @ExampleObject(
                                            name = "booked",
                                            summary = "A BSL interpreter booked",
                                            value = "{\"language\":\"bfi\",\"booked\":true,\"cost\":180.00,"
                                                    + "\"currency\":\"GBP\",\"reference\":\"SL-2291\","
                                                    + "\"updatedAt\":\"2027-03-01T10:00:00Z\"}")))
    @APIResponse(
            responseCode = "400",
            description = "language not 2 to 8 letters; booked missing; cost not a positive number of at most 2 "
                    + "decimal places up to 100000; reference longer than 100 characters or on more than one line")
    @APIResponse(responseCode = "404", description = "No such session")
    @APIResponse(responseCode = "409", description = "The session was cancelled")
    public InterpreterBookingResponse book(
            @Parameter(description = "The session's id") @PathParam("id") UUID id,
            @Parameter(
                            description = "The language as language.interpretation holds it: bfi for BSL (bsl is read "
                                    + "as bfi), pl, ...",
                            schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Za-z]{2,8}$"),
                            example = "bfi")
                    @PathParam("language")
                    String language,
            InterpreterBookingRequest body) {
        return arrangements.book(id, language, body);
    }

    @DELETE
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            operationId = "removeSessionInterpreter",
            summary = "Forget an interpreter booking",
            description = "Removes the booking of this language; removing one that is not there changes nothing.")
    @APIResponse(responseCode = "204", description = "Gone")
    @APIResponse(responseCode = "400", description = "language not 2 to 8 letters")
    @APIResponse(responseCode = "404", description = "No such session")
    public Response remove(
            @Parameter(description = "The session's id") @PathParam("id") UUID id,
            @Parameter(
                            description = "The language: bfi for BSL, pl, ...",
                            schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Za-z]{2,8}$"),
                            example = "bfi")
                    @PathParam("language")
                    String language) {
        arrangements.unbook(id, language);
        return Response.noContent().build();
    }
}
