package org.coproduction.portal.client;

/**
 * A call to one of the services that did not give the answer hoped for, reduced to what a page needs to know. The
 * service's problem body is kept for field errors ({@link #problemBody()}); it is never shown as it is.
 */
public class ServiceCallException extends RuntimeException {

    /** What went wrong, as a page sees it. */
    public enum Kind {
        /** 400: the service refused what was sent; {@link #problemBody()} says which fields. */
        REJECTED,
        /** 401: the person's token is refused: they were erased (or the keys changed). */
        SIGNED_OUT,
        /** 403 or 404: not theirs, or gone. */
        NOT_FOUND,
        /** 409 or 412: changed by someone else meanwhile, or not possible in its state. */
        CONFLICT,
        /** 5xx, timeout, connection refused, open circuit: try again later. */
        UNAVAILABLE
    }

    private final Kind kind;
    private final String service;
    private final String problemBody;

    public ServiceCallException(Kind kind, String service, String problemBody, Throwable cause) {
        super(service + ": " + kind, cause);
        this.kind = kind;
        this.service = service;
        this.problemBody = problemBody;
    }

    public Kind kind() {
        return kind;
    }

    public String service() {
        return service;
    }

    public String problemBody() {
        return problemBody;
    }

    /** Maps an HTTP status (0 for no answer) to what a page needs to know. */
    public static Kind kindOf(int status) {
        return switch (status) {
            case 400, 422 -> Kind.REJECTED;
            case 401 -> Kind.SIGNED_OUT;
            case 403, 404, 410 -> Kind.NOT_FOUND;
            case 409, 412 -> Kind.CONFLICT;
            default -> Kind.UNAVAILABLE;
        };
    }
}
