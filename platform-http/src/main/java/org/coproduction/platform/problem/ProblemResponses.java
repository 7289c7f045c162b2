package org.coproduction.platform.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Builds the HTTP answer for a problem: its status, the problem media type and the headers its type calls for. */
public final class ProblemResponses {

    /** Seconds a caller should wait before retrying after a 503. */
    public static final String RETRY_AFTER_SECONDS = "30";

    private ProblemResponses() {}

    /** Every problem answer leaves here, so every one carries the request's trace id when it is traced. */
    public static Response of(Problem problem) {
        Problem traced = problem.traceId() == null ? problem.withTraceId(TraceIds.current()) : problem;
        Response.ResponseBuilder builder =
                Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(traced);
        if (problem.status() == 401) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        } else if (problem.status() == 503) {
            builder.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        return builder.build();
    }

    public static Response of(ProblemType type, String detail, UriInfo uri) {
        return of(Problem.of(type, detail, instance(uri)));
    }

    /** The request path, as the problem's {@code instance}. */
    public static String instance(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/+", "");
    }
}
