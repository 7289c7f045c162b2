package org.coproduction.participants.rest.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.coproduction.participants.domain.Violation;
import org.coproduction.participants.service.EmailAlreadyRegisteredException;
import org.coproduction.participants.service.InvalidParticipantException;
import org.coproduction.participants.service.NotAllowedException;
import org.coproduction.participants.service.ParticipantNotFoundException;
import org.coproduction.participants.service.PatchNotApplicableException;
import org.coproduction.participants.service.StaleVersionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** Turns every failure into RFC 9457 problem details; no stack trace or personal data reaches a client. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response invalid(InvalidParticipantException e, UriInfo uri) {
        List<Violation> errors = e.violations();
        String detail = errors.size() == 1 ? "1 field is invalid." : errors.size() + " fields are invalid.";
        return new Problem("urn:coproduction:problem:validation", "Invalid request", 400, detail, path(uri), errors).toResponse();
    }

    @ServerExceptionMapper
    public Response notFound(ParticipantNotFoundException e, UriInfo uri) {
        return Problem.of("not-found", "Participant not found", Response.Status.NOT_FOUND, e.getMessage(), path(uri)).toResponse();
    }

    @ServerExceptionMapper
    public Response conflict(EmailAlreadyRegisteredException e, UriInfo uri) {
        return Problem.of("conflict", "Email already registered", Response.Status.CONFLICT, e.getMessage(), path(uri)).toResponse();
    }

    @ServerExceptionMapper
    public Response stale(StaleVersionException e, UriInfo uri) {
        return Problem.of("precondition-failed", "Record has changed", Response.Status.PRECONDITION_FAILED, e.getMessage(), path(uri)).toResponse();
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, UriInfo uri) {
        return Problem.of("forbidden", "Not allowed", Response.Status.FORBIDDEN, e.getMessage(), path(uri)).toResponse();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return Problem.of("forbidden", "Not allowed", Response.Status.FORBIDDEN,
                "Your role may not do this.", path(uri)).toResponse();
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(Problem.of("unauthorized", "Not signed in", Response.Status.UNAUTHORIZED,
                        "A valid bearer token is required.", path(uri)).toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response patchNotApplicable(PatchNotApplicableException e, UriInfo uri) {
        return unreadable(e.jsonError(), uri);
    }

    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class,
            UnrecognizedPropertyException.class, InvalidFormatException.class})
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException m ? fieldPath(m) : "";
        String message;
        if (e instanceof UnrecognizedPropertyException u) {
            message = "is not a known field (unknown fields are refused so nothing is silently dropped)";
            field = field.isEmpty() ? u.getPropertyName() : field;
        } else if (e instanceof InvalidFormatException f) {
            message = "has a value that cannot be read as " + f.getTargetType().getSimpleName();
        } else if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            message = "has the wrong type: expected " + m.getTargetType().getSimpleName();
        } else {
            message = "is not valid JSON";
        }
        List<Violation> errors = List.of(new Violation(field.isEmpty() ? "(body)" : field, message));
        return new Problem("urn:coproduction:problem:malformed-request", "Unreadable request body", 400,
                "The request body could not be read: " + (field.isEmpty() ? "body" : field) + " " + message + ".",
                path(uri), errors).toResponse();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (status.getStatusCode() >= 500) {
            return internal(e, uri);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json, uri);
        }
        String slug = switch (status.getStatusCode()) {
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            default -> "bad-request";
        };
        return new Problem("urn:coproduction:problem:" + slug, status.getReasonPhrase(), status.getStatusCode(),
                e.getMessage(), path(uri), null).toResponse();
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 100)
    public Response internal(Throwable e, UriInfo uri) {
        // Log the failure with a reference the client can quote. Only exception types and code locations are logged:
        // messages can carry data (a database error quotes the values it refused), and this data is health and money.
        String reference = UUID.randomUUID().toString();
        LOG.errorf("Unexpected failure %s on %s: %s", reference, path(uri), describeWithoutMessages(e));
        return Problem.of("internal", "Something went wrong", Response.Status.INTERNAL_SERVER_ERROR,
                "The request could not be completed. Quote reference " + reference + " when reporting this.", path(uri)).toResponse();
    }

    static String describeWithoutMessages(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
            if (!sb.isEmpty()) {
                sb.append(" caused by ");
            }
            sb.append(t.getClass().getName());
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(3, frames.length); i++) {
                sb.append(i == 0 ? " at " : " < ").append(frames[i]);
            }
        }
        return sb.toString();
    }

    private static String fieldPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }
}
