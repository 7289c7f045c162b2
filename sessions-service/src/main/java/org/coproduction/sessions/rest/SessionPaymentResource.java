package org.coproduction.sessions.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.coproduction.platform.etag.EntityTags;
import org.coproduction.platform.security.Roles;
import org.coproduction.sessions.api.AddPaymentRequest;
import org.coproduction.sessions.api.PaymentLineDto;
import org.coproduction.sessions.service.PaymentService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/sessions/{id}/payments")
@Tag(
        name = "Payments",
        description = "The payments ledger: what each person is owed for their time and costs, from the estimate "
                + "made when attendance is recorded, through their claim and a coordinator's approval, to the day it "
                + "is paid. Money is exact decimals in the deployment's one currency.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionPaymentResource {
    private final PaymentService payments;

    public SessionPaymentResource(PaymentService payments) {
        this.payments = payments;
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            operationId = "addSessionPayment",
            summary = "Add a payment line by hand",
            description = "A cost met for someone that the estimate does not make: INTERPRETER or OTHER, for an "
                    + "invitee of the session. The line starts ESTIMATED with the amount given.")
    @APIResponse(
            responseCode = "201",
            description = "Added",
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
                            schema = @Schema(implementation = PaymentLineDto.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid body: not an invitee, an item the estimate makes, an amount with 3 decimals, ...")
    @APIResponse(responseCode = "404", description = "No such session")
    public Response add(
            @Parameter(description = "The session's id") @PathParam("id") UUID id,
            @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            schema = @Schema(implementation = AddPaymentRequest.class),
                                            examples =
                                                    @ExampleObject(
                                                            name = "interpreter",
                                                            value = "{\"participantId\": "
                                                                    + "\"0b7c6a52-3f1e-4c1a-9a4e-2f0d7d3c9b11\", "
                                                                    + "\"item\": \"INTERPRETER\", \"amount\": 180.00, "
                                                                    + "\"description\": \"BSL interpreter\"}")))
                    AddPaymentRequest body,
            @Context UriInfo uri) {
        PaymentLineDto line = payments.add(id, body);
        return Response.created(uri.getBaseUriBuilder()
                        .path("payments")
                        .path(line.id().toString())
                        .build())
                .entity(line)
                .tag(EntityTags.of(line.version()))
                .build();
    }
}
