package org.coproduction.sessions.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.UUID;
import org.coproduction.platform.etag.EntityTags;
import org.coproduction.platform.json.MergePatch;
import org.coproduction.platform.paging.Page;
import org.coproduction.platform.paging.PageRequest;
import org.coproduction.platform.query.QueryParams;
import org.coproduction.platform.security.Roles;
import org.coproduction.sessions.api.AccessCheckResponse;
import org.coproduction.sessions.api.ActionDoneRequest;
import org.coproduction.sessions.api.ActionDto;
import org.coproduction.sessions.api.AnswerRequest;
import org.coproduction.sessions.api.AttendanceRequest;
import org.coproduction.sessions.api.AttendanceResponse;
import org.coproduction.sessions.api.CancelRequest;
import org.coproduction.sessions.api.CostsResponse;
import org.coproduction.sessions.api.CreateSessionRequest;
import org.coproduction.sessions.api.ReadabilityCheckResponse;
import org.coproduction.sessions.api.SessionAnswersResponse;
import org.coproduction.sessions.api.SessionResponse;
import org.coproduction.sessions.api.SummaryRequest;
import org.coproduction.sessions.api.SummaryResponse;
import org.coproduction.sessions.api.UpdateSessionRequest;
import org.coproduction.sessions.service.AccessCheckService;
import org.coproduction.sessions.service.CalendarService;
import org.coproduction.sessions.service.CostService;
import org.coproduction.sessions.service.SessionRecordService;
import org.coproduction.sessions.service.SessionService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/sessions")
@Tag(
        name = "Sessions",
        description = "Meetings, workshops, training and mentoring: when and where they happen, who is invited, "
                + "whether their access needs are met, what they cost and what was decided.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionResource {
    static final String CALENDAR = "text/calendar";

    private final SessionService sessions;
    private final AccessCheckService access;
    private final CostService costs;
    private final SessionRecordService records;
    private final CalendarService calendars;

    public SessionResource(
            SessionService sessions,
            AccessCheckService access,
            CostService costs,
            SessionRecordService records,
            CalendarService calendars) {
        this.sessions = sessions;
        this.access = access;
        this.costs = costs;
        this.records = records;
        this.calendars = calendars;
    }

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            operationId = "createSession",
            summary = "Create a session",
            description = "The answer lists availabilityConflicts (invitees who "
                    + "cannot come, and why) and accessGaps (needs the venue and arrangements leave unmet). Nothing is "
                    + "refused for them: the coordinator decides. Invitees of a session yet to start are sent an "
                    + "invitation (through the notice outbox, so this never waits for notifications-service).")
    @APIResponse(
            responseCode = "201",
            description = "Created, with availabilityConflicts and accessGaps",
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
                            schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid body: end not after start, unknown zone or value, venue of the wrong format, ...")
    @APIResponse(responseCode = "404", description = "Unknown project, venue or invitee")
    @APIResponse(responseCode = "503", description = "participants-service is down; nothing was stored")
    public Response create(CreateSessionRequest body, @Context UriInfo uri) {
        SessionResponse s = sessions.create(body);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(s.id().toString()).build())
                .entity(s)
                .tag(EntityTags.of(s.version()))
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COORDINATOR, Roles.PARTICIPANT})
    @Operation(
            operationId = "getSession",
            summary = "Read a session",
            description = "A participant may read only sessions they are invited to; "
                    + "any other id answers 404, exactly as an unknown one.")
    @APIResponse(
            responseCode = "200",
            description = "The session",
            headers =
                    @Header(
                            name = ApiText.ETAG,
                            description = ApiText.ETAG_DESCRIPTION,
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "404", description = "No such session (or not yours)")
    public Response get(@Parameter(description = "The session's id") @PathParam("id") UUID id) {
        SessionResponse s = sessions.get(id);
        return Response.ok(s).tag(EntityTags.of(s.version())).build();
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.PARTICIPANT, Roles.SERVICE})
    @Operation(
            operationId = "listSessions",
            summary = "List sessions",
            description = "By project, invitee and start range, soonest first, paged; each with its type, status, "
                    + "invitees and answers. A participant sees only their own: participantId defaults to them, "
                    + "anyone else's is 403. Services (notifications-service's reminders) see all.")
    @APIResponse(responseCode = "200", description = "One page of sessions")
    @APIResponse(responseCode = "400", description = "Bad parameter (from after to, not a UUID, bad paging)")
    @APIResponse(
            responseCode = "403",
            description = "Your role may not do this, or a participant asked for someone else's sessions")
    public Page<SessionResponse> list(
            @Parameter(
                            description = "Only this project's sessions",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @QueryParam("projectId")
                    String projectId,
            @Parameter(
                            description = "Only sessions this person is invited to",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @QueryParam("participantId")
                    String participantId,
            @Parameter(
                            description = "Sessions starting at or after this instant",
                            example = "2027-03-01T00:00:00Z",
                            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
                    @QueryParam("from")
                    String from,
            @Parameter(
                            description = "Sessions starting before this instant",
                            example = "2027-04-01T00:00:00Z",
                            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
                    @QueryParam("to")
                    String to,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        QueryParams params = new QueryParams();
        UUID project = params.uuid("projectId", projectId);
        UUID participant = params.uuid("participantId", participantId);
        Instant fromInstant = params.instant("from", from);
        Instant toInstant = params.instant("to", to);
        if (fromInstant != null && toInstant != null && fromInstant.isAfter(toInstant)) {
            params.invalid("from", "must not be after to");
        }
        PageRequest paging = params.page(page, size);
        params.check();
        return sessions.list(project, participant, fromInstant, toInstant, paging);
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(Roles.COORDINATOR)
    @Consumes({MediaType.APPLICATION_JSON, MergePatch.MEDIA_TYPE})
    @Operation(
            operationId = "updateSession",
            summary = "Reschedule or change a session",
            description = "JSON merge patch (RFC 7396): fields left "
                    + "out stay, null clears purpose, venueId or joiningLink, arrangements merge field by field. Send "
                    + "the ETag in If-Match to be sure nobody changed it meanwhile. Moving it or changing where it is "
                    + "tells everyone invited before the change; people newly added to invitees are sent an invitation "
                    + "instead, if the session is yet to start (both through the notice outbox, so this never waits "
                    + "for notifications-service).")
    @APIResponse(
            responseCode = "200",
            description = "Changed, with availabilityConflicts and accessGaps",
            headers =
                    @Header(
                            name = ApiText.ETAG,
                            description = ApiText.ETAG_DESCRIPTION,
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid change")
    @APIResponse(responseCode = "404", description = "No such session, venue or invitee")
    @APIResponse(
            responseCode = "409",
            description = "The session is cancelled or completed, or " + ApiText.CONCURRENT_CHANGE)
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    @APIResponse(responseCode = "503", description = "participants-service is down; nothing changed")
    public Response update(
            @Parameter(description = "The session's id") @PathParam("id") UUID id,
            @Parameter(description = ApiText.IF_MATCH_DESCRIPTION, example = "\"3\"") @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch,
            @RequestBody(content = @Content(schema = @Schema(implementation = UpdateSessionRequest.class)))
                    JsonNode body) {
        SessionResponse s =
                sessions.update(id, EntityTags.expectedVersion(ifMatch).orElse(null), body);
        return Response.ok(s).tag(EntityTags.of(s.version())).build();
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            operationId = "cancelSession",
            summary = "Cancel a session",
            description = "Every invitee is told with the reason; the notice is "
                    + "stored with the cancellation and delivered even if notifications-service is down right now.")
    @APIResponse(
            responseCode = "200",
            description = "Cancelled",
            headers =
                    @Header(
                            name = ApiText.ETAG,
                            description = ApiText.ETAG_DESCRIPTION,
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SessionResponse.class)))
    @APIResponse(responseCode = "400", description = "No reason given")
    @APIResponse(responseCode = "404", description = "No such session")
    @APIResponse(responseCode = "409", description = "Already cancelled or completed, or " + ApiText.CONCURRENT_CHANGE)
    @APIResponse(responseCode = "412", description = "If-Match names an old version")
    public Response cancel(
            @Parameter(description = "The session's id") @PathParam("id") UUID id,
            @Parameter(description = ApiText.IF_MATCH_DESCRIPTION, example = "\"3\"") @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch,
            CancelRequest body) {
        SessionResponse s =
                sessions.cancel(id, EntityTags.expectedVersion(ifMatch).orElse(null), body);
        return Response.ok(s).tag(EntityTags.of(s.version())).build();
    }

    @PUT
    @Path("/{id}/answers/{participantId}")
    @RolesAllowed({Roles.COORDINATOR, Roles.PARTICIPANT})
    @Operation(
            operationId = "answerInvitation",
            summary = "Answer an invitation",
            description = "An invitee says whether they are coming (COMING or NOT_COMING), with an optional reason on "
                    + "one line. A participant answers only for themself; a coordinator may answer for any invitee. "
                    + "Answering again replaces the earlier answer. Someone NOT_COMING is left out of the cost "
                    + "estimate and counts as ABSENT for that time in later slot searches. Answers do not change "
                    + "the session's version (ETag).")
    @APIResponse(
            responseCode = "200",
            description = "Recorded; the session's answers as the caller may see them (a participant: only theirs)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SessionAnswersResponse.class)))
    @APIResponse(
            responseCode = "400",
            description = "No answer, an answer other than COMING or NOT_COMING, or a "
                    + "reason longer than 500 characters or on more than one line")
    @APIResponse(
            responseCode = "403",
            description = "Your role may not do this, or a participant answered for someone else")
    @APIResponse(responseCode = "404", description = "No such session (or not yours), or that person is not invited")
    @APIResponse(responseCode = "409", description = "The session is cancelled or completed, or has already started")
    public SessionAnswersResponse answer(
            @Parameter(description = "The session's id") @PathParam("id") UUID id,
            @Parameter(description = "The invitee who answers") @PathParam("participantId") UUID participantId,
            AnswerRequest body) {
        return sessions.answer(id, participantId, body);
    }

    @GET
    @Path("/{id}/access-check")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            operationId = "checkSessionAccess",
            summary = "Check access",
            description = "Each invitee's need that the venue's features and the "
                    + "session's arrangements leave unmet, in plain words.")
    @APIResponse(
            responseCode = "200",
            description = "ok is true when nothing is missing",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AccessCheckResponse.class),
                            examples =
                                    @ExampleObject(
                                            name = "gap",
                                            summary = "An interpreter is needed and none is booked",
                                            value = "{\"ok\":false,\"gaps\":[{\"participantId\":"
                                                    + "\"0b7c6a52-3f1e-4c1a-9a4e-2f0d7d3c9b11\",\"need\":\"BSL_INTERPRETER\",\"detail\":"
                                                    + "\"needs a BSL interpreter; none booked\"}]}")))
    @APIResponse(responseCode = "404", description = "No such session")
    @APIResponse(responseCode = "503", description = "participants-service is down")
    public AccessCheckResponse accessCheck(@Parameter(description = "The session's id") @PathParam("id") UUID id) {
        return access.check(id);
    }

    @GET
    @Path("/{id}/costs")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            operationId = "estimateSessionCosts",
            summary = "Estimate costs",
            description = "Payment for time at the configured hourly rate of the "
                    + "session type (none for people who decline it; VOUCHERS shown as vouchers) and the configured "
                    + "travel, childcare, care cover and meals amounts for those who claim them. Nothing for an "
                    + "invitee who answered NOT_COMING.")
    @APIResponse(
            responseCode = "200",
            description = "Lines and totals as exact decimals",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CostsResponse.class)))
    @APIResponse(responseCode = "404", description = "No such session")
    @APIResponse(responseCode = "503", description = "participants-service is down")
    public CostsResponse costs(@Parameter(description = "The session's id") @PathParam("id") UUID id) {
        return costs.costs(id);
    }

    @PUT
    @Path("/{id}/summary")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            operationId = "recordSessionSummary",
            summary = "Record what happened",
            description = "Summary, decisions and actions (owners must be "
                    + "invitees or project members), with any versions in other languages or plain words. Replaces "
                    + "any earlier record; the session must have started. To see its readability reports first, use "
                    + "POST /sessions/{id}/summary/readability-checks.")
    @APIResponse(
            responseCode = "200",
            description = "Recorded",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SummaryResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid body, or an action's owner is not invited nor a member")
    @APIResponse(responseCode = "404", description = "No such session")
    @APIResponse(responseCode = "409", description = "Cancelled, or not started yet, or " + ApiText.CONCURRENT_CHANGE)
    public SummaryResponse summary(
            @Parameter(description = "The session's id") @PathParam("id") UUID id, SummaryRequest body) {
        return records.recordSummary(id, body);
    }

    @POST
    @Path("/{id}/summary/readability-checks")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            operationId = "checkSessionSummary",
            summary = "Check a summary's readability before recording it",
            description = "The readability reports of the summary's English text (summary, decisions and action "
                    + "descriptions) and of each English version, for the same body as PUT /sessions/{id}/summary. "
                    + "Nothing is stored or sent.")
    @APIResponse(
            responseCode = "200",
            description = "The readability reports; nothing was stored",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReadabilityCheckResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid body, or versions that do not line up with it")
    @APIResponse(responseCode = "404", description = "No such session")
    public ReadabilityCheckResponse checkSummary(
            @Parameter(description = "The session's id") @PathParam("id") UUID id, SummaryRequest body) {
        return records.dryRunSummary(id, body);
    }

    @GET
    @Path("/{id}/summary")
    @RolesAllowed({Roles.COORDINATOR, Roles.PARTICIPANT})
    @Operation(
            operationId = "getSessionSummary",
            summary = "Read what happened",
            description = "A participant may read it for sessions they were invited to.")
    @APIResponse(
            responseCode = "200",
            description = "The record (summary and recordedAt are null until recorded)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SummaryResponse.class)))
    @APIResponse(responseCode = "404", description = "No such session (or not yours)")
    public SummaryResponse readSummary(@Parameter(description = "The session's id") @PathParam("id") UUID id) {
        return records.summary(id);
    }

    @PATCH
    @Path("/{id}/actions/{actionId}")
    @RolesAllowed({Roles.COORDINATOR, Roles.PARTICIPANT})
    @Operation(
            operationId = "markSessionAction",
            summary = "Mark an action done",
            description = "By the action's owner (a participant) or a coordinator; `done: false` opens it again. "
                    + "Marking it as it already is changes nothing.")
    @APIResponse(
            responseCode = "200",
            description = "The action as it now is",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ActionDto.class)))
    @APIResponse(responseCode = "400", description = "Invalid body (done missing or not true or false)")
    @APIResponse(responseCode = "403", description = "Not the action's owner, nor a coordinator")
    @APIResponse(responseCode = "404", description = "No such session, or no such action in it")
    public ActionDto markAction(
            @Parameter(description = "The session's id") @PathParam("id") UUID id,
            @Parameter(description = "The action's id") @PathParam("actionId") UUID actionId,
            ActionDoneRequest body) {
        return records.markAction(id, actionId, body);
    }

    @PUT
    @Path("/{id}/attendance")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(
            operationId = "recordSessionAttendance",
            summary = "Record who came",
            description = "Invitees only; replaces any earlier record and marks the session COMPLETED.")
    @APIResponse(
            responseCode = "200",
            description = "Recorded",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AttendanceResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid body, or someone listed was not invited")
    @APIResponse(responseCode = "404", description = "No such session")
    @APIResponse(responseCode = "409", description = "Cancelled, or not started yet, or " + ApiText.CONCURRENT_CHANGE)
    public AttendanceResponse attendance(
            @Parameter(description = "The session's id") @PathParam("id") UUID id, AttendanceRequest body) {
        return records.recordAttendance(id, body);
    }

    @GET
    @Path("/{id}/calendar.ics")
    @Produces(CALENDAR)
    @RolesAllowed({Roles.COORDINATOR, Roles.SERVICE, Roles.PARTICIPANT})
    @Operation(
            operationId = "getSessionCalendar",
            summary = "Download a calendar file",
            description = "An RFC 5545 event with its zone, the place or joining "
                    + "link and the access arrangements; STATUS:CANCELLED once cancelled. Participants: invited "
                    + "sessions only.")
    @APIResponse(
            responseCode = "200",
            description = "The event as an iCalendar file (UTF-8)",
            headers =
                    @Header(
                            name = "Content-Disposition",
                            description = "attachment, with the file name session-{id}.ics",
                            schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = CALENDAR, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such session (or not yours)")
    public Response calendar(@Parameter(description = "The session's id") @PathParam("id") UUID id) {
        return Response.ok(calendars.ics(id), CALENDAR + "; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"session-" + id + ".ics\"")
                .build();
    }
}
