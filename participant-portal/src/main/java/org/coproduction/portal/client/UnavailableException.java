package org.coproduction.portal.client;

/** The service did not answer usefully (5xx, timeout, refused connection): the only failure worth retrying. */
public class UnavailableException extends ServiceCallException {

    public UnavailableException(String service, Throwable cause) {
        super(Kind.UNAVAILABLE, service, null, cause);
    }

    /** A generated client's failure: {@code status} 0 means no answer at all. */
    static ServiceCallException orFailure(String service, int status, String body, Exception cause) {
        ServiceCallException failure = ApiClients.failure(service, status, body, cause);
        return failure.kind() == Kind.UNAVAILABLE ? new UnavailableException(service, cause) : failure;
    }
}
