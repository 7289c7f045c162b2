package org.coproduction.platform.problem;

/**
 * Every kind of problem the suite answers with, as docs/CONVENTIONS.md lists them: one slug, one status and one
 * title each, and the plain words used when the situation needs no more detail. The same situation reads the same in
 * every service because this is the only place the words live.
 */
public enum ProblemType {
    VALIDATION(400, "validation", "Invalid input", "A field is not valid."),
    MALFORMED_REQUEST(400, "malformed-request", "Malformed request", "The request could not be read."),
    UNAUTHORIZED(401, "unauthorized", "Unauthorized", "A valid bearer token is required."),
    FORBIDDEN(403, "forbidden", "Forbidden", "Your role does not allow this."),
    NOT_FOUND(404, "not-found", "Not found", "There is nothing at this address."),
    METHOD_NOT_ALLOWED(
            405,
            "method-not-allowed",
            "Method not allowed",
            "This address does not accept this method; the Allow header lists those it does."),
    NOT_ACCEPTABLE(
            406,
            "not-acceptable",
            "Not acceptable",
            "This address cannot answer in the media type asked for; accept application/json."),
    CONFLICT(409, "conflict", "Conflict", "This clashes with the current state of the record."),
    BENEFITS_LIMIT(
            409,
            "benefits-limit",
            "Benefits limit",
            "Paying this in money could take this person over the limit they asked us to keep to."),
    PRECONDITION_FAILED(
            412,
            "precondition-failed",
            "Precondition failed",
            "The record has changed since you read it; read it again and retry."),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Payload too large", "The request body is too large."),
    UNSUPPORTED_MEDIA_TYPE(
            415, "unsupported-media-type", "Unsupported media type", "Send the body as application/json."),
    TOO_MANY_REQUESTS(
            429,
            "too-many-requests",
            "Too many requests",
            "You have made too many requests of this kind; wait as long as Retry-After says, then try again."),
    INTERNAL(500, "internal", "Internal error", "Something went wrong on our side."),
    DEPENDENCY_UNAVAILABLE(
            503,
            "dependency-unavailable",
            "Dependency unavailable",
            "A service this one needs is not answering; nothing was changed. Try again shortly.");

    /** Every type is a URN under this prefix followed by its slug. */
    public static final String URN_PREFIX = "urn:coproduction:problem:";

    private final int status;
    private final String slug;
    private final String title;
    private final String defaultDetail;

    ProblemType(int status, String slug, String title, String defaultDetail) {
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.defaultDetail = defaultDetail;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public String defaultDetail() {
        return defaultDetail;
    }

    public String uri() {
        return URN_PREFIX + slug;
    }

    /** The type for an HTTP status the framework raised by itself (an unmatched path, a wrong method...). */
    public static ProblemType forStatus(int status) {
        return switch (status) {
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 412 -> PRECONDITION_FAILED;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> TOO_MANY_REQUESTS;
            case 503 -> DEPENDENCY_UNAVAILABLE;
            default -> status >= 500 ? INTERNAL : MALFORMED_REQUEST;
        };
    }
}
