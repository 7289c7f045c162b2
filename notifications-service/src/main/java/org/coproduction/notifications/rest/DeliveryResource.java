package org.coproduction.notifications.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.coproduction.notifications.delivery.record.DeliveryLog;
import org.coproduction.notifications.delivery.record.DeliveryView;
import org.coproduction.notifications.domain.DeliveryKind;
import org.coproduction.notifications.domain.DeliveryStatus;
import org.coproduction.notifications.retry.DeliveryRetryService;
import org.coproduction.platform.paging.Page;
import org.coproduction.platform.paging.PageRequest;
import org.coproduction.platform.query.QueryParams;
import org.coproduction.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/deliveries")
@Tag(name = "Deliveries")
@Produces(MediaType.APPLICATION_JSON)
public class DeliveryResource {

    private final DeliveryLog log;
    private final DeliveryRetryService retries;

    public DeliveryResource(DeliveryLog log, DeliveryRetryService retries) {
        this.log = log;
        this.retries = retries;
    }

    @GET
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            summary = "The delivery log",
            description = "Newest first; filter by participant, status "
                    + "(PENDING, CLAIMED, SENDING, SENT, FAILED, SKIPPED) and kind (DIGEST, NOTICE).")
    @APIResponse(
            responseCode = "200",
            description = "A page of deliveries",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            value = "{\"items\":[{\"id\":\"9b2d0c7e-5f1a-4c3e-8d2b-1a0f9e8d7c6b\","
                                                    + "\"participantId\":\"0b7c6a1e-2d3f-4a5b-8c9d-0e1f2a3b4c5d\",\"kind\":\"DIGEST\",\"period\":\"WEEKLY:2027-03-29\","
                                                    + "\"status\":\"FAILED\",\"attempts\":6,\"lastError\":\"SMTP: ConnectException: Connection refused\"}],"
                                                    + "\"page\":0,\"size\":50,\"total\":1}")))
    @APIResponse(responseCode = "400", description = "A bad filter or paging value")
    public Page<DeliveryView> list(
            @QueryParam("participantId") String participantId,
            @QueryParam("status") String status,
            @QueryParam("kind") String kind,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        QueryParams params = new QueryParams();
        UUID participant = params.uuid("participantId", participantId);
        DeliveryStatus byStatus = params.oneOf("status", status, DeliveryStatus.class);
        DeliveryKind byKind = params.oneOf("kind", kind, DeliveryKind.class);
        PageRequest request = params.page(page, size);
        params.check();
        return log.list(participant, byStatus, byKind, request);
    }

    @POST
    @Path("/{id}/retry")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            summary = "Try a delivery again now",
            description = "For FAILED, SKIPPED or waiting deliveries, with a "
                    + "fresh allowance of attempts. A SENT delivery, or one being sent, is a 409.")
    @APIResponse(responseCode = "202", description = "Queued for sending")
    @APIResponse(responseCode = "404", description = "No such delivery")
    @APIResponse(responseCode = "409", description = "Already sent, or being sent")
    public Response retry(@PathParam("id") String id) {
        QueryParams params = new QueryParams();
        UUID deliveryId = params.uuid("id", id);
        params.check();
        return Response.accepted(retries.retry(deliveryId)).build();
    }
}
