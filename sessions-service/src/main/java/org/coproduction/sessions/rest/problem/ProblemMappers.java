package org.coproduction.sessions.rest.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.coproduction.sessions.client.DependencyUnavailableException;
import org.coproduction.sessions.service.FieldError;
import org.coproduction.sessions.service.InvalidInputException;
import org.coproduction.sessions.service.StaleVersionException;
import org.coproduction.sessions.service.StateConflictException;
import org.coproduction.sessions.service.UnknownResourceException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure into RFC 9457 problem details; no stack trace ever reaches a client. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response invalid(InvalidInputException e, UriInfo uri) {
        return respond(Problem.validation(count(e.errors()), path(uri), e.errors()));
    }

    @ServerExceptionMapper
    public Response constraint(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(lastNodes(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return respond(Problem.validation(count(errors), path(uri), errors));
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        String known = e.getKnownPropertyIds() == null ? "" : " Known fields: " + e.getKnownPropertyIds().stream()
                .map(Object::toString).sorted().collect(Collectors.joining(", ")) + ".";
        return malformed("Unknown field '" + jsonPath(e) + "'." + known, uri);
    }

    @ServerExceptionMapper
    public Response badValue(InvalidFormatException e, UriInfo uri) {
        Class<?> target = e.getTargetType();
        String expected = target != null && target.isEnum()
                ? "one of " + Arrays.stream(target.getEnumConstants()).map(Object::toString)
                        .collect(Collectors.joining(", "))
                : "a valid " + (target == null ? "value" : describe(target));
        return malformed("Field '" + jsonPath(e) + "' must be " + expected + ".", uri);
    }

    @ServerExceptionMapper
    public Response wrongType(MismatchedInputException e, UriInfo uri) {
        String field = jsonPath(e);
        String target = e.getTargetType() == null ? "value" : describe(e.getTargetType());
        return malformed(field.isEmpty() ? "The body does not have the expected shape."
                : "Field '" + field + "' must be a " + target + ".", uri);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        if (e instanceof MismatchedInputException m) {
            return wrongType(m, uri);
        }
        String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")";
        return malformed("The body is not valid JSON" + where + ".", uri);
    }

    @ServerExceptionMapper
    public Response notFound(UnknownResourceException e, UriInfo uri) {
        return respond(Problem.of("not-found", "Not found", 404, e.getMessage(), path(uri)));
    }

    @ServerExceptionMapper
    public Response conflict(StateConflictException e, UriInfo uri) {
        return respond(Problem.of("conflict", "Conflict", 409, e.getMessage(), path(uri)));
    }

    @ServerExceptionMapper
    public Response concurrentChange(OptimisticLockException e, UriInfo uri) {
        return respond(Problem.of("conflict", "Conflict", 409,
                "Someone else changed this at the same moment; read it again and retry.", path(uri)));
    }

    @ServerExceptionMapper
    public Response stale(StaleVersionException e, UriInfo uri) {
        return respond(Problem.of("precondition-failed", "Precondition failed", 412, e.getMessage(), path(uri)));
    }

    @ServerExceptionMapper
    public Response unavailable(DependencyUnavailableException e, UriInfo uri) {
        LOG.warnf("%s unavailable: %s", e.service(), e.getCause() == null ? "" : e.getCause().getClass().getName());
        return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", "30")
                .entity(Problem.of("dependency-unavailable", "Dependency unavailable", 503,
                        e.service() + " is not answering; nothing was changed. Try again shortly.", path(uri)))
                .build();
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problem.of("forbidden", "Forbidden", 403, "Your role does not allow this.", path(uri)));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return internal(e, uri);
        }
        String slug = switch (status) {
            case 400 -> "malformed-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 412 -> "precondition-failed";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            default -> "http-" + status;
        };
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "Error" : type.getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "There is nothing at this address.";
            case 415 -> "Send the body as application/json.";
            default -> title + ".";
        };
        Response.ResponseBuilder builder = Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(slug, title, status, detail, path(uri)));
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            builder.header(HttpHeaders.ALLOW, allow);
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response internal(Throwable e, UriInfo uri) {
        String id = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure %s on %s", id, path(uri));
        return respond(Problem.of("internal", "Internal error", 500,
                "Something went wrong on our side. Quote error id " + id + " when reporting it.", path(uri)));
    }

    private Response unauthenticated(UriInfo uri) {
        return Response.status(401).type(Problem.MEDIA_TYPE).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .entity(Problem.of("unauthorized", "Unauthorized", 401,
                        "A valid bearer token is required.", path(uri)))
                .build();
    }

    private Response malformed(String detail, UriInfo uri) {
        return respond(Problem.of("malformed-request", "Malformed request", 400, detail, path(uri)));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String count(List<FieldError> errors) {
        return errors.size() == 1 ? "1 field is not valid: " + errors.get(0).field()
                : errors.size() + " fields are not valid";
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    static String jsonPath(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static String describe(Class<?> type) {
        return switch (type.getSimpleName()) {
            case "UUID" -> "UUID";
            case "Instant" -> "UTC instant such as 2027-03-29T17:00:00Z";
            case "LocalDate" -> "date such as 2027-03-29";
            case "LocalTime" -> "time such as 18:00";
            case "Integer", "int", "Long", "long" -> "whole number";
            case "Boolean", "boolean" -> "true or false";
            case "String" -> "string";
            default -> type.getSimpleName().toLowerCase();
        };
    }

    /** Drops the method and parameter names bean validation puts in front ("create.body.title" -> "title"). */
    private static String lastNodes(String path) {
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : path;
    }
}
