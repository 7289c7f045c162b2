package org.coproduction.platform.problem;

/**
 * Another service of the suite could not be reached after retries, or its circuit is open: 503 with
 * {@code Retry-After}, and the detail names the service so an operator knows where to look.
 */
public class DependencyUnavailableException extends ProblemException {

    private final String service;

    public DependencyUnavailableException(String service) {
        super(
                ProblemType.DEPENDENCY_UNAVAILABLE,
                service + " is not answering; nothing was changed. Try again shortly.");
        this.service = service;
    }

    public String service() {
        return service;
    }
}
