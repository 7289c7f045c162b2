package org.coproduction.notifications.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.DateTimeException;
import java.time.ZoneId;
import org.coproduction.notifications.domain.NoticeKind;
import org.coproduction.notifications.notice.IdempotencyKeyReusedException;
import org.coproduction.notifications.notice.NoticeService;
import org.coproduction.notifications.notice.write.CareFacts;
import org.coproduction.platform.problem.InvalidInputException;
import org.coproduction.platform.problem.Problem;
import org.coproduction.platform.problem.ProblemResponses;
import org.coproduction.platform.problem.ProblemType;
import org.coproduction.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

@Path("/notices")
@Tag(name = "Notices", description = "Immediate messages to named people, such as a session cancelled or moved.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NoticeResource {

    private final NoticeService notices;

    public NoticeResource(NoticeService notices) {
        this.notices = notices;
    }

    @POST
    @RolesAllowed({Roles.SERVICE, Roles.COORDINATOR})
    @Operation(
            operationId = "sendNotice",
            summary = "Send an immediate notice",
            description = "Each person gets it at once in their language, with the session's calendar entry (.ics) "
                    + "attached when sessionId is given. With session (the session's facts; previous for a change, "
                    + "reason for a cancellation) each reader's subject and message are written for them, in their "
                    + "language and time zone, one fact a line, saying what changed from what; subject and body may "
                    + "then be left out, and a body given is shown as a note from the organisers. Without session, "
                    + "subject and body are required. CHECK_IN (a warm note that asks nothing and offers the portal's Taking a "
                    + "break page; skipped for someone on a break), ENGAGEMENT_SUMMARY (engagement: who might need a "
                    + "call), FOLLOW_UP_OFFER (session and followUp: a debrief or one-to-one after a sensitive session) "
                    + "and MENTOR_PAIRED (mentoring: each side hears who the other is) take no subject or body: they "
                    + "are written for each reader, naming people by their preferred names. It is sent in the "
                    + "background: follow each person's delivery "
                    + "in the delivery log. The same Idempotency-Key with the same notice again answers with the "
                    + "first notice and sends nothing twice; with a different notice it is refused (422). Control "
                    + "characters are refused (400): any in the subject, which is one line (no tab or line break), and "
                    + "any in the body apart from tab, carriage return and line feed. The subject may hold any Unicode "
                    + "character and arrives as written (RFC 2047 encoded).")
    @APIResponse(
            responseCode = "202",
            description = "Accepted for sending (or, with an Idempotency-Key already used, the notice first accepted "
                    + "with it)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = NoticeAccepted.class),
                            examples =
                                    @ExampleObject(
                                            name = "accepted",
                                            summary = "A notice to twelve people",
                                            value = "{\"id\":\"3c9e1a7b-6d2f-4e8a-9b0c-1d2e3f4a5b6c\","
                                                    + "\"deliveries\":12}")))
    @APIResponse(
            responseCode = "400",
            description = "The notice is not valid (a control character or line break in the subject, a control "
                    + "character in the body, no subject without session, a session ending before it starts or in "
                    + "an unknown time zone, the facts a kind needs missing or facts of another kind given, for example); the "
                    + "problem names each field")
    @APIResponse(
            responseCode = "422",
            description = "The Idempotency-Key was already used for a different notice: nothing was sent "
                    + "(problem type urn:coproduction:problem:idempotency-key-reused)",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples =
                                    @ExampleObject(
                                            name = "idempotency-key-reused",
                                            summary = "A used key with a different notice",
                                            value = "{\"type\":\"urn:coproduction:problem:idempotency-key-reused\","
                                                    + "\"title\":\"Idempotency key reused\",\"status\":422,"
                                                    + "\"detail\":\"This Idempotency-Key was already used for a "
                                                    + "different notice; nothing was sent. Send a new notice with a "
                                                    + "new key, or the first notice again with this one.\","
                                                    + "\"instance\":\"/notices\"}")))
    public Response send(
            @Parameter(
                            description = "Any text up to 200 characters that identifies this notice, so that "
                                    + "sending it again after a timeout cannot send it twice",
                            example = "session-4711-cancelled")
                    @HeaderParam("Idempotency-Key")
                    @Size(max = 200)
                    String idempotencyKey,
            @Valid @NotNull NoticeRequest body) {
        if (body.kind() == NoticeKind.SESSION_INVITATION && body.sessionId() == null) {
            throw InvalidInputException.of("sessionId", "must be given for a SESSION_INVITATION");
        }
        // Without a session, subject and body are required (SubjectAndBodyUnlessWrittenForEachReader).
        checkCareFacts(body);
        if (body.session() != null) {
            checkSession("session", body.session());
        }
        if (body.previous() != null) {
            checkSession("previous", body.previous());
        }
        var accepted = notices.accept(
                blankToNull(idempotencyKey),
                body.kind(),
                body.session() == null ? body.subject() : blankToNull(body.subject()),
                body.session() == null ? body.body() : blankToNull(body.body()),
                body.sessionId(),
                body.participantIds(),
                new NoticeService.SessionFacts(
                        body.session() == null ? null : body.session().details(),
                        body.previous() == null ? null : body.previous().details(),
                        blankToNull(body.reason()),
                        new CareFacts(
                                body.engagement() == null
                                        ? null
                                        : body.engagement().facts(),
                                body.followUp() == null ? null : body.followUp().facts(),
                                body.mentoring() == null
                                        ? null
                                        : body.mentoring().facts())));
        return Response.accepted(new NoticeAccepted(accepted.id(), accepted.deliveries()))
                .build();
    }

    /**
     * The kinds of issue 14 are written for each reader from their own facts: each needs its facts, takes no subject
     * or body, and facts meant for another kind are refused rather than silently dropped.
     */
    private static void checkCareFacts(NoticeRequest body) {
        NoticeKind kind = body.kind();
        required(body.engagement() != null, kind == NoticeKind.ENGAGEMENT_SUMMARY, "engagement", kind);
        required(body.followUp() != null, kind == NoticeKind.FOLLOW_UP_OFFER, "followUp", kind);
        required(body.mentoring() != null, kind == NoticeKind.MENTOR_PAIRED, "mentoring", kind);
        if (!kind.writtenForEachReader()) {
            return;
        }
        if (kind == NoticeKind.FOLLOW_UP_OFFER && body.session() == null) {
            throw InvalidInputException.of("session", "must be given for a FOLLOW_UP_OFFER");
        }
        if (body.subject() != null) {
            throw InvalidInputException.of("subject", "must be left out: a " + kind + " is written for each reader");
        }
        if (body.body() != null) {
            throw InvalidInputException.of("body", "must be left out: a " + kind + " is written for each reader");
        }
        if (kind == NoticeKind.MENTOR_PAIRED
                && body.mentoring().menteeId().equals(body.mentoring().mentorId())) {
            throw InvalidInputException.of("mentoring.mentorId", "must not be the mentee");
        }
    }

    private static void required(boolean given, boolean needed, String field, NoticeKind kind) {
        if (needed && !given) {
            throw InvalidInputException.of(field, "must be given for a " + kind);
        }
        if (given && !needed) {
            throw InvalidInputException.of(field, "must be left out for a " + kind);
        }
    }

    /** Times in order and a real zone: a notice is written from them for every reader. */
    private static void checkSession(String field, NoticeSession session) {
        if (!session.end().isAfter(session.start())) {
            throw InvalidInputException.of(field + ".end", "must be after start");
        }
        try {
            ZoneId.of(session.timeZone().strip());
        } catch (DateTimeException e) {
            throw InvalidInputException.of(field + ".timeZone", "must be an IANA time zone such as Europe/London");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** 422 problem: the key was used for a different notice (RFC 9457, like every other problem of the suite). */
    @ServerExceptionMapper
    public Response keyReused(IdempotencyKeyReusedException e, UriInfo uri) {
        return ProblemResponses.of(new Problem(
                ProblemType.URN_PREFIX + IdempotencyKeyReusedException.SLUG,
                IdempotencyKeyReusedException.TITLE,
                IdempotencyKeyReusedException.STATUS,
                e.getMessage(),
                ProblemResponses.instance(uri),
                null));
    }
}
