package org.coproduction.notifications.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.coproduction.notifications.delivery.paper.DocumentStore;
import org.coproduction.notifications.delivery.paper.PaperDeliveries;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/deliveries")
@Tag(
        name = "Deliveries",
        description = "The log of every digest and notice sent or still to send, and trying one again when it failed.")
@Produces(MediaType.APPLICATION_JSON)
public class DeliveryResource {

    private final DeliveryLog log;
    private final DeliveryRetryService retries;
    private final PaperDeliveries paper;

    public DeliveryResource(DeliveryLog log, DeliveryRetryService retries, PaperDeliveries paper) {
        this.log = log;
        this.retries = retries;
        this.paper = paper;
    }

    @GET
    @Path("/{id}/document")
    @RolesAllowed(Roles.COORDINATOR)
    @Produces({PDF, MediaType.TEXT_HTML})
    @Operation(
            operationId = "getDeliveryDocument",
            summary = "The letter or call sheet of a delivery",
            description = "For people who asked for post or a phone call, a delivery is a document, not an email: a"
                    + " letter (PDF to print, or with Accept: text/html the same letter as accessible HTML) or a call"
                    + " sheet (HTML). Mark it done with POST /deliveries/{id}/posted or /called.")
    @APIResponse(
            responseCode = "200",
            description = "The document, with Content-Disposition naming its file",
            headers =
                    @Header(
                            name = "Content-Disposition",
                            description = "attachment (PDF) or inline (HTML), with the file's name",
                            schema = @Schema(type = SchemaType.STRING)),
            content = {
                @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))
            })
    @APIResponse(responseCode = "400", description = "The id is not a UUID")
    @APIResponse(
            responseCode = "404",
            description = "No such delivery, or it has no document (sent by email, or the document was deleted)")
    @APIResponse(responseCode = "406", description = "Neither PDF nor HTML is acceptable")
    public Response document(
            @Parameter(description = "The delivery's id", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @PathParam("id")
                    String id,
            @Context HttpHeaders headers) {
        QueryParams params = new QueryParams();
        UUID deliveryId = params.uuid("id", id);
        params.check();
        DocumentStore.Stored document = paper.document(deliveryId);
        boolean html = !PDF.equals(document.mediaType()) || prefersHtml(headers);
        if (html) {
            String name = document.fileName().replaceAll("\\.pdf$", ".html");
            return Response.ok(document.html(), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .header("Content-Disposition", "inline; filename=\"" + name + "\"")
                    .build();
        }
        return Response.ok(document.content(), PDF)
                .header("Content-Disposition", "attachment; filename=\"" + document.fileName() + "\"")
                .build();
    }

    /** Whether the caller asks for HTML before PDF (the accessible alternative of a letter). */
    static boolean prefersHtml(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            boolean pdf = type.isCompatible(MediaType.valueOf(PDF));
            boolean html = type.isCompatible(MediaType.TEXT_HTML_TYPE);
            if (pdf || html) {
                return html && !pdf;
            }
        }
        return false;
    }

    @POST
    @Path("/{id}/posted")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            operationId = "markDeliveryPosted",
            summary = "Mark a letter as posted",
            description = "A READY letter becomes POSTED (final).")
    @APIResponse(
            responseCode = "200",
            description = "The delivery, now POSTED",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DeliveryView.class),
                            examples =
                                    @ExampleObject(
                                            name = "posted",
                                            summary = "A letter posted",
                                            value = POSTED_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID")
    @APIResponse(responseCode = "404", description = "No such delivery")
    @APIResponse(responseCode = "409", description = "Not a READY letter (a call sheet, an email, or already posted)")
    public DeliveryView posted(
            @Parameter(description = "The delivery's id", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @PathParam("id")
                    String id) {
        QueryParams params = new QueryParams();
        UUID deliveryId = params.uuid("id", id);
        params.check();
        return paper.posted(deliveryId);
    }

    @POST
    @Path("/{id}/called")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            operationId = "markDeliveryCalled",
            summary = "Mark a call as made",
            description = "A READY call sheet becomes CALLED (final).")
    @APIResponse(
            responseCode = "200",
            description = "The delivery, now CALLED",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DeliveryView.class),
                            examples =
                                    @ExampleObject(
                                            name = "called",
                                            summary = "A call made",
                                            value = "{\"id\":\"9b2d0c7e-5f1a-4c3e-8d2b-1a0f9e8d7c6b\","
                                                    + "\"participantId\":\"0b7c6a1e-2d3f-4a5b-8c9d-0e1f2a3b4c5d\","
                                                    + "\"kind\":\"NOTICE\",\"period\":\"NOTICE:5f0c\","
                                                    + "\"periodDate\":null,\"status\":\"CALLED\",\"attempts\":1,"
                                                    + "\"lastError\":null,\"nextAttemptAt\":null,"
                                                    + "\"sentAt\":\"2027-03-29T10:30:00Z\",\"runId\":null,"
                                                    + "\"noticeId\":\"5f0c1d2e-3a4b-4c5d-8e6f-7a8b9c0d1e2f\","
                                                    + "\"createdAt\":\"2027-03-29T07:00:02Z\","
                                                    + "\"updatedAt\":\"2027-03-29T10:30:00Z\"}")))
    @APIResponse(responseCode = "400", description = "The id is not a UUID")
    @APIResponse(responseCode = "404", description = "No such delivery")
    @APIResponse(responseCode = "409", description = "Not a READY call sheet (a letter, an email, or already called)")
    public DeliveryView called(
            @Parameter(description = "The delivery's id", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @PathParam("id")
                    String id) {
        QueryParams params = new QueryParams();
        UUID deliveryId = params.uuid("id", id);
        params.check();
        return paper.called(deliveryId);
    }

    static final String PDF = "application/pdf";

    private static final String POSTED_EXAMPLE = "{\"id\":\"9b2d0c7e-5f1a-4c3e-8d2b-1a0f9e8d7c6b\","
            + "\"participantId\":\"0b7c6a1e-2d3f-4a5b-8c9d-0e1f2a3b4c5d\","
            + "\"kind\":\"DIGEST\",\"period\":\"WEEKLY:2027-03-29\","
            + "\"periodDate\":\"2027-03-29\",\"status\":\"POSTED\",\"attempts\":1,"
            + "\"lastError\":null,\"nextAttemptAt\":null,"
            + "\"sentAt\":\"2027-03-29T10:30:00Z\","
            + "\"runId\":\"6f1c2c6e-1f7e-4a8e-9d7a-2b1f8c0d9e11\","
            + "\"noticeId\":null,\"createdAt\":\"2027-03-29T07:00:02Z\","
            + "\"updatedAt\":\"2027-03-29T10:30:00Z\"}";

    @GET
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            operationId = "listDeliveries",
            summary = "The delivery log",
            description = "Newest first; filters combine, and each is optional. No message content is ever shown.")
    @APIResponse(
            responseCode = "200",
            description = "A page of deliveries",
            content =
                    @org.eclipse.microprofile.openapi.annotations.media.Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DeliveryPage.class)))
    @APIResponse(responseCode = "400", description = "A bad filter or paging value, or an unknown parameter")
    public Page<DeliveryView> list(
            @Parameter(
                            description = "Only this person's deliveries",
                            example = "0b7c6a1e-2d3f-4a5b-8c9d-0e1f2a3b4c5d",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @QueryParam("participantId")
                    String participantId,
            @Parameter(
                            description = "Only deliveries in this state",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {
                                                "PENDING",
                                                "CLAIMED",
                                                "SENDING",
                                                "SENT",
                                                "FAILED",
                                                "SKIPPED",
                                                "REJECTED",
                                                "UNKNOWN",
                                                "READY",
                                                "POSTED",
                                                "CALLED"
                                            }))
                    @QueryParam("status")
                    String status,
            @Parameter(
                            description = "Only digests, only notices, only mails confirming a new address, only "
                                    + "fresh sign-in links, or only reminders before sessions",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {
                                                "DIGEST",
                                                "NOTICE",
                                                "EMAIL_CONFIRMATION",
                                                "SIGN_IN_LINK",
                                                "REMINDER"
                                            }))
                    @QueryParam("kind")
                    String kind,
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
            operationId = "retryDelivery",
            summary = "Try a delivery again now",
            description = "For a FAILED, REJECTED (once the address is put right), UNKNOWN or SKIPPED delivery, or one "
                    + "waiting for its next attempt: it is due at once, "
                    + "with a fresh allowance of attempts, and is sent in the background. A delivery already sent, "
                    + "or being sent right now, is never sent twice.")
    @APIResponse(
            responseCode = "202",
            description = "Queued for sending; the delivery as it now stands (PENDING)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DeliveryView.class),
                            examples =
                                    @ExampleObject(
                                            name = "queued",
                                            summary = "A failed digest queued again",
                                            value = "{\"id\":\"9b2d0c7e-5f1a-4c3e-8d2b-1a0f9e8d7c6b\","
                                                    + "\"participantId\":\"0b7c6a1e-2d3f-4a5b-8c9d-0e1f2a3b4c5d\","
                                                    + "\"kind\":\"DIGEST\",\"period\":\"WEEKLY:2027-03-29\","
                                                    + "\"periodDate\":\"2027-03-29\",\"status\":\"PENDING\","
                                                    + "\"attempts\":0,"
                                                    + "\"lastError\":\"SMTP: ConnectException: Connection refused\","
                                                    + "\"nextAttemptAt\":\"2027-03-29T09:15:00Z\",\"sentAt\":null,"
                                                    + "\"runId\":\"6f1c2c6e-1f7e-4a8e-9d7a-2b1f8c0d9e11\","
                                                    + "\"noticeId\":null,\"createdAt\":\"2027-03-29T07:00:02Z\","
                                                    + "\"updatedAt\":\"2027-03-29T09:15:00Z\"}")))
    @APIResponse(responseCode = "400", description = "The id is not a UUID")
    @APIResponse(responseCode = "404", description = "No such delivery")
    @APIResponse(responseCode = "409", description = "Already sent, or being sent right now")
    public Response retry(
            @Parameter(description = "The delivery's id", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @PathParam("id")
                    String id) {
        QueryParams params = new QueryParams();
        UUID deliveryId = params.uuid("id", id);
        params.check();
        return Response.accepted(retries.retry(deliveryId)).build();
    }
}
