package org.coproduction.notifications.rest.problem;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.coproduction.notifications.client.DependencyUnavailableException;
import org.coproduction.notifications.service.FieldError;
import org.coproduction.notifications.service.InvalidInputException;
import org.coproduction.notifications.service.StateConflictException;
import org.coproduction.notifications.service.UnknownIdException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Every error leaves as problem+json; no stack trace ever reaches a client. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    ProblemResponses responses;

    @ServerExceptionMapper
    public Response invalid(InvalidInputException e, UriInfo uri) {
        return validation(e.errors(), uri);
    }

    @ServerExceptionMapper
    public Response constraint(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(ViolationPaths.field(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return validation(errors, uri);
    }

    /** Listed one by one: Quarkus REST has its own mappers for some of these, and the most specific type wins. */
    @ServerExceptionMapper({ JsonProcessingException.class, JsonParseException.class, JsonMappingException.class,
            MismatchedInputException.class, InvalidFormatException.class, UnrecognizedPropertyException.class,
            ValueInstantiationException.class })
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        String detail;
        if (e instanceof UnrecognizedPropertyException unknown) {
            detail = "unknown field '" + JsonPaths.of(unknown) + "'";
        } else if (e instanceof JsonParseException) {
            detail = "the body is not valid JSON";
        } else if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            detail = "field '" + JsonPaths.of(mapping) + "' has the wrong type or an unknown value";
        } else {
            detail = "the body could not be read as the expected JSON";
        }
        return responses.of(Problem.of(400, "malformed-request", "Malformed request", detail, path(uri)));
    }

    @ServerExceptionMapper
    public Response notFound(UnknownIdException e, UriInfo uri) {
        return responses.of(Problem.of(404, "not-found", "Not found", e.getMessage(), path(uri)));
    }

    @ServerExceptionMapper
    public Response conflict(StateConflictException e, UriInfo uri) {
        return responses.of(Problem.of(409, "conflict", "Conflict", e.getMessage(), path(uri)));
    }

    @ServerExceptionMapper
    public Response unavailable(DependencyUnavailableException e, UriInfo uri) {
        return responses.of(Problem.of(503, "dependency-unavailable", "Dependency unavailable",
                e.service() + " is not answering; try again shortly", path(uri)));
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class })
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return responses.of(Problem.of(401, "unauthorized", "Unauthorized",
                "a valid bearer token is required", path(uri)));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return responses.of(Problem.of(403, "forbidden", "Forbidden", "you may not do this", path(uri)));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
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
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            default -> "client-error";
        };
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "Client error" : type.getReasonPhrase();
        String detail = status == 404 ? "nothing here" : title;
        return responses.of(Problem.of(status, slug, title, detail, path(uri)));
    }

    @ServerExceptionMapper
    public Response internal(Throwable e, UriInfo uri) {
        String id = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", id, path(uri));
        return responses.of(Problem.of(500, "internal", "Internal error",
                "something went wrong on our side; quote error id " + id, path(uri)));
    }

    private Response validation(List<FieldError> errors, UriInfo uri) {
        return responses.of(Problem.of(400, "validation", "Invalid request",
                errors.size() + " field(s) need attention", path(uri)).withErrors(errors));
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }
}
