package org.coproduction.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import org.coproduction.platform.json.JsonPaths;
import org.coproduction.platform.json.JsonProblems;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one set of exception mappers: every failure of every service leaves as an RFC 9457 problem. */
public class ProblemMappers {

    static final String CONCURRENT_CHANGE =
            "Someone else changed this record at the same moment; read it again and retry.";

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Response answer = ProblemResponses.of(e.toProblem(ProblemResponses.instance(uri)));
        if (e instanceof TooManyRequestsException limited) {
            return Response.fromResponse(answer)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(limited.retryAfterSeconds()))
                    .build();
        }
        return answer;
    }

    @ServerExceptionMapper
    public Response constraint(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(JsonPaths.of(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        if (errors.isEmpty()) {
            return ProblemResponses.of(ProblemType.VALIDATION, null, uri);
        }
        return ProblemResponses.of(Problem.validation(errors, ProblemResponses.instance(uri)));
    }

    /** Listed one by one: Quarkus REST has its own mappers for some of these, and the most specific type wins. */
    @ServerExceptionMapper({
        JsonProcessingException.class,
        JsonParseException.class,
        JsonMappingException.class,
        MismatchedInputException.class,
        InvalidFormatException.class,
        UnrecognizedPropertyException.class,
        ValueInstantiationException.class,
        InvalidNullException.class
    })
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        if (e instanceof InvalidDefinitionException) {
            return internal(e, uri);
        }
        return problem(JsonProblems.of(e), uri);
    }

    @ServerExceptionMapper
    public Response concurrentChange(OptimisticLockException e, UriInfo uri) {
        return ProblemResponses.of(ProblemType.CONFLICT, CONCURRENT_CHANGE, uri);
    }

    @ServerExceptionMapper({
        UnauthorizedException.class,
        AuthenticationFailedException.class,
        AuthenticationCompletionException.class
    })
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return ProblemResponses.of(ProblemType.UNAUTHORIZED, null, uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return ProblemResponses.of(ProblemType.FORBIDDEN, null, uri);
    }

    /** What the framework raises by itself: an unmatched path, a wrong method or media type, a body it cannot read. */
    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        Response.StatusType status =
                e.getResponse() == null ? null : e.getResponse().getStatusInfo();
        if (status == null || status.getStatusCode() >= 500) {
            return internal(e, uri);
        }
        Response known = fromCause(e.getCause(), uri);
        if (known != null) {
            return known;
        }
        ProblemType type = ProblemType.forStatus(status.getStatusCode());
        Response.ResponseBuilder answer = Response.fromResponse(ProblemResponses.of(type, null, uri));
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        if (type == ProblemType.METHOD_NOT_ALLOWED && allow != null) {
            answer.header(HttpHeaders.ALLOW, allow);
        }
        return answer.build();
    }

    /** Anything else is our fault: logged with an id the body repeats, never with its message. */
    @ServerExceptionMapper
    public Response internal(Throwable e, UriInfo uri) {
        Response known = e instanceof WebApplicationException ? null : fromCause(e.getCause(), uri);
        if (known != null) {
            return known;
        }
        String id = FailureLog.record(e, ProblemResponses.instance(uri));
        return ProblemResponses.of(
                ProblemType.INTERNAL,
                "Something went wrong on our side. Quote error id " + id + " when reporting it.",
                uri);
    }

    /** A known failure wrapped by the framework or the transaction (a lock clash found at commit, a bad body). */
    private Response fromCause(Throwable cause, UriInfo uri) {
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ProblemException p) {
                return problem(p, uri);
            }
            if (t instanceof JsonProcessingException json && !(t instanceof InvalidDefinitionException)) {
                return unreadable(json, uri);
            }
            if (t instanceof OptimisticLockException
                    || t.getClass().getName().equals("org.hibernate.StaleObjectStateException")
                    || t.getClass().getName().equals("org.hibernate.StaleStateException")) {
                return ProblemResponses.of(ProblemType.CONFLICT, CONCURRENT_CHANGE, uri);
            }
            if (t instanceof ConstraintViolationException violation) {
                return constraint(violation, uri);
            }
        }
        return null;
    }
}
