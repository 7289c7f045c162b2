package org.coproduction.sessions.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.UUID;
import org.coproduction.platform.etag.EntityTags;
import org.coproduction.platform.paging.Page;
import org.coproduction.platform.paging.PageRequest;
import org.coproduction.platform.query.QueryParams;
import org.coproduction.platform.security.Roles;
import org.coproduction.sessions.api.ApproveRequest;
import org.coproduction.sessions.api.ClaimRequest;
import org.coproduction.sessions.api.DeclineRequest;
import org.coproduction.sessions.api.OwedDto;
import org.coproduction.sessions.api.PayRequest;
import org.coproduction.sessions.api.PaymentLineDto;
import org.coproduction.sessions.api.PaymentTotalsDto;
import org.coproduction.sessions.domain.payments.PaymentStatus;
import org.coproduction.sessions.service.PaymentReports;
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

@Path("/payments")
@Tag(
        name = "Payments",
        description = "The payments ledger: what each person is owed for their time and costs, from the estimate "
                + "made when attendance is recorded, through their claim and a coordinator's approval, to the day it "
                + "is paid. Money is exact decimals in the deployment's one currency.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PaymentResource {
    static final String CSV = "text/csv";
    static final String LINE_ID = "The payment line's id";
    static final String STEP_ANSWER = "The line after the step (or unchanged: the same step sent again)";
    static final String STEP_CONFLICT = "Out of order, in plain words (\"You cannot pay what was not approved: this "
            + "line is CLAIMED.\"), or " + ApiText.CONCURRENT_CHANGE;

    private final PaymentService payments;
    private final PaymentReports reports;

    public PaymentResource(PaymentService payments, PaymentReports reports) {
        this.payments = payments;
        this.reports = reports;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COORDINATOR, Roles.PARTICIPANT})
    @Operation(
            operationId = "getPayment",
            summary = "Read a payment line",
            description = "With its history. A participant reads only their own lines.")
    @APIResponse(
            responseCode = "200",
            description = "The line",
            headers =
                    @Header(
                            name = ApiText.ETAG,
                            description = ApiText.ETAG_DESCRIPTION,
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PaymentLineDto.class)))
    @APIResponse(responseCode = "403", description = "Your role may not do this, or it is someone else's line")
    @APIResponse(responseCode = "404", description = "No such line")
    public Response get(@Parameter(description = LINE_ID) @PathParam("id") UUID id) {
        return tagged(payments.get(id));
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.PARTICIPANT})
    @Operation(
            operationId = "listPayments",
            summary = "List payment lines",
            description = "Filtered by status, project, session and person, oldest first, paged. A participant "
                    + "sees only their own: participantId defaults to them, anyone else's is 403.")
    @APIResponse(responseCode = "200", description = "One page of lines")
    @APIResponse(responseCode = "400", description = "Bad parameter (unknown status, not a UUID, bad paging)")
    @APIResponse(
            responseCode = "403",
            description = "Your role may not do this, or a participant asked for someone else's lines")
    public Page<PaymentLineDto> list(
            @Parameter(
                            description = "Only lines in this status",
                            schema = @Schema(implementation = PaymentStatus.class))
                    @QueryParam("status")
                    String status,
            @Parameter(
                            description = "Only this project's lines",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @QueryParam("projectId")
                    String projectId,
            @Parameter(
                            description = "Only this session's lines",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @QueryParam("sessionId")
                    String sessionId,
            @Parameter(
                            description = "Only this person's lines",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @QueryParam("participantId")
                    String participantId,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        QueryParams params = new QueryParams();
        PaymentStatus s = params.oneOf("status", status, PaymentStatus.class);
        UUID project = params.uuid("projectId", projectId);
        UUID session = params.uuid("sessionId", sessionId);
        UUID person = params.uuid("participantId", participantId);
        PageRequest paging = params.page(page, size);
        params.check();
        return payments.list(s, project, session, person, paging);
    }

    @GET
    @Path("/owed")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            operationId = "listPaymentsOwed",
            summary = "Who is owed, longest first",
            description = "Per person with CLAIMED or APPROVED lines: what they are owed, how many lines, and how "
                    + "long since their oldest claim. Erased people appear by payee pseudonym alone.")
    @APIResponse(responseCode = "200", description = "One page of people owed")
    @APIResponse(responseCode = "400", description = "Bad parameter (not a UUID, bad paging)")
    public Page<OwedDto> owed(
            @Parameter(
                            description = "Only this project's lines",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @QueryParam("projectId")
                    String projectId,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        QueryParams params = new QueryParams();
        UUID project = params.uuid("projectId", projectId);
        PageRequest paging = params.page(page, size);
        params.check();
        return reports.owed(project, paging);
    }

    @GET
    @Path("/export.csv")
    @Produces(CSV)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            operationId = "exportPaymentsCsv",
            summary = "Download the payments for finance",
            description = "RFC 4180 CSV (UTF-8, CRLF), one row per line, by session start. The name column comes "
                    + "from participants-service: empty once a person is erased, or for everyone when "
                    + "participants-service cannot be reached (the file is still given). A cell beginning with = + - "
                    + "or @ is prefixed with ' so a spreadsheet never runs it.")
    @APIResponse(
            responseCode = "200",
            description = "The file",
            headers =
                    @Header(
                            name = "Content-Disposition",
                            description = "attachment, with the file name payments.csv",
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = CSV,
                            schema = @Schema(type = SchemaType.STRING),
                            examples =
                                    @ExampleObject(
                                            name = "header",
                                            value = "line_id,session_id,session_date,project,payee,name,item,status,"
                                                    + "currency,amount,paid_as,paid_on,payment_reference,"
                                                    + "receipt_reference\r\n")))
    @APIResponse(responseCode = "400", description = "Bad parameter (unknown status, not a date, from after to)")
    public Response csv(
            @Parameter(
                            description = "Only lines in this status",
                            schema = @Schema(implementation = PaymentStatus.class))
                    @QueryParam("status")
                    String status,
            @Parameter(
                            description = "Only this project's lines",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @QueryParam("projectId")
                    String projectId,
            @Parameter(
                            description = "Sessions starting on or after this day",
                            example = "2027-03-01",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    @QueryParam("from")
                    String from,
            @Parameter(
                            description = "Sessions starting on or before this day",
                            example = "2027-03-31",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    @QueryParam("to")
                    String to) {
        QueryParams params = new QueryParams();
        PaymentStatus s = params.oneOf("status", status, PaymentStatus.class);
        UUID project = params.uuid("projectId", projectId);
        LocalDate fromDay = params.date("from", from);
        LocalDate toDay = params.date("to", to);
        if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
            params.invalid("from", "must not be after to");
        }
        params.check();
        return Response.ok(reports.csv(s, project, fromDay, toDay), CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"payments.csv\"")
                .build();
    }

    @GET
    @Path("/totals")
    @RolesAllowed({Roles.COORDINATOR, Roles.PARTICIPANT})
    @Operation(
            operationId = "getPaymentTotals",
            summary = "A person's payments in a year",
            description = "Paid in the calendar year (by paidOn), split by money and vouchers, and what is still "
                    + "owed from claims made that year. The person themself or a coordinator.")
    @APIResponse(
            responseCode = "200",
            description = "The totals",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PaymentTotalsDto.class)))
    @APIResponse(responseCode = "400", description = "participantId or year missing or not valid")
    @APIResponse(responseCode = "403", description = "Your role may not do this, or it is someone else's")
    public PaymentTotalsDto totals(
            @Parameter(
                            description = "The person",
                            required = true,
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @QueryParam("participantId")
                    String participantId,
            @Parameter(description = "The calendar year, 2000 to 2200", required = true, example = "2027")
                    @QueryParam("year")
                    String year) {
        QueryParams params = new QueryParams();
        UUID person = params.uuid("participantId", participantId);
        if (participantId == null) {
            params.invalid("participantId", "is required");
        }
        int y = params.integer("year", year, -1, 2000, 2200);
        if (year == null) {
            params.invalid("year", "is required");
        }
        params.check();
        return reports.totals(person, y);
    }

    @POST
    @Path("/{id}/claim")
    @RolesAllowed({Roles.COORDINATOR, Roles.PARTICIPANT})
    @Operation(
            operationId = "claimPayment",
            summary = "Claim a payment line",
            description = "ESTIMATED -> CLAIMED, with the amount claimed and a receipt reference if there is one. "
                    + "The person themself or a coordinator for them. The same claim sent again changes nothing.")
    @APIResponse(
            responseCode = "200",
            description = STEP_ANSWER,
            headers =
                    @Header(
                            name = ApiText.ETAG,
                            description = ApiText.ETAG_DESCRIPTION,
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PaymentLineDto.class)))
    @APIResponse(responseCode = "400", description = "Invalid body: no amount, 3 decimals, over 100000, ...")
    @APIResponse(responseCode = "403", description = "Your role may not do this, or it is someone else's line")
    @APIResponse(responseCode = "404", description = "No such line")
    @APIResponse(responseCode = "409", description = STEP_CONFLICT)
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    public Response claim(
            @Parameter(description = LINE_ID) @PathParam("id") UUID id,
            @Parameter(description = ApiText.IF_MATCH_DESCRIPTION, example = "\"3\"") @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch,
            ClaimRequest body) {
        return tagged(payments.claim(id, expected(ifMatch), body));
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            operationId = "approvePayment",
            summary = "Approve a claimed payment line",
            description = "CLAIMED -> APPROVED, keeping or changing how it is paid. A payment for time in money is "
                    + "first put to participants-service's benefits check (yes or no only): if it could take the "
                    + "person over the limit they asked us to keep to, the answer is 409 benefits-limit with "
                    + "suggestedPaidAs VOUCHERS, unless acknowledgeBenefitsWarning is true (then the line records "
                    + "benefitsWarning ACKNOWLEDGED). Two coordinators approving at once approve it once.")
    @APIResponse(
            responseCode = "200",
            description = STEP_ANSWER,
            headers =
                    @Header(
                            name = ApiText.ETAG,
                            description = ApiText.ETAG_DESCRIPTION,
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PaymentLineDto.class)))
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "404", description = "No such line")
    @APIResponse(
            responseCode = "409",
            description = STEP_CONFLICT + "; or urn:coproduction:problem:benefits-limit with suggestedPaidAs",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            examples =
                                    @ExampleObject(
                                            name = "benefits-limit",
                                            value = "{\"type\": \"urn:coproduction:problem:benefits-limit\", "
                                                    + "\"title\": \"Benefits limit\", \"status\": 409, \"detail\": "
                                                    + "\"Paying this in money could take this person over the limit "
                                                    + "they asked us to keep to, which could affect their benefits. "
                                                    + "Pay it in vouchers, or approve again with "
                                                    + "acknowledgeBenefitsWarning if they have agreed.\", "
                                                    + "\"instance\": \"/payments/7c9e6679-7425-40de-944b-e07fc1f90ae7"
                                                    + "/approve\", \"suggestedPaidAs\": \"VOUCHERS\"}")))
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    @APIResponse(
            responseCode = "503",
            description = "participants-service could not be asked the benefits check; nothing was approved")
    public Response approve(
            @Parameter(description = LINE_ID) @PathParam("id") UUID id,
            @Parameter(description = ApiText.IF_MATCH_DESCRIPTION, example = "\"3\"") @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch,
            ApproveRequest body) {
        return tagged(payments.approve(id, expected(ifMatch), body));
    }

    @POST
    @Path("/{id}/pay")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            operationId = "payPayment",
            summary = "Record that an approved line was paid",
            description = "APPROVED -> PAID on a day not in the future and not before the session, the way it was "
                    + "approved (MONEY or VOUCHERS).")
    @APIResponse(
            responseCode = "200",
            description = STEP_ANSWER,
            headers =
                    @Header(
                            name = ApiText.ETAG,
                            description = ApiText.ETAG_DESCRIPTION,
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PaymentLineDto.class)))
    @APIResponse(responseCode = "400", description = "Invalid body: paidOn in the future or before the session, ...")
    @APIResponse(responseCode = "404", description = "No such line")
    @APIResponse(responseCode = "409", description = STEP_CONFLICT + "; or paid another way than approved")
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    public Response pay(
            @Parameter(description = LINE_ID) @PathParam("id") UUID id,
            @Parameter(description = ApiText.IF_MATCH_DESCRIPTION, example = "\"3\"") @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch,
            PayRequest body) {
        return tagged(payments.pay(id, expected(ifMatch), body));
    }

    @POST
    @Path("/{id}/decline")
    @RolesAllowed({Roles.COORDINATOR, Roles.PARTICIPANT})
    @Operation(
            operationId = "declinePayment",
            summary = "Decline a payment line",
            description = "ESTIMATED or CLAIMED -> DECLINED: the person says they do not want it, or a coordinator "
                    + "will not pay it. The reason is optional.")
    @APIResponse(
            responseCode = "200",
            description = STEP_ANSWER,
            headers =
                    @Header(
                            name = ApiText.ETAG,
                            description = ApiText.ETAG_DESCRIPTION,
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PaymentLineDto.class)))
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "403", description = "Your role may not do this, or it is someone else's line")
    @APIResponse(responseCode = "404", description = "No such line")
    @APIResponse(responseCode = "409", description = STEP_CONFLICT)
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    public Response decline(
            @Parameter(description = LINE_ID) @PathParam("id") UUID id,
            @Parameter(description = ApiText.IF_MATCH_DESCRIPTION, example = "\"3\"") @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch,
            DeclineRequest body) {
        return tagged(payments.decline(id, expected(ifMatch), body));
    }

    private static Long expected(String ifMatch) {
        return EntityTags.expectedVersion(ifMatch).orElse(null);
    }

    private static Response tagged(PaymentLineDto line) {
        return Response.ok(line).tag(EntityTags.of(line.version())).build();
    }
}
