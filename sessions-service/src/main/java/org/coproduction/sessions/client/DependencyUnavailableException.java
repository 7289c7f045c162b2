package org.coproduction.sessions.client;

/** Another service of the suite did not answer in time (or its circuit is open): answered with 503. */
public class DependencyUnavailableException extends RuntimeException {
    private final String service;

    public DependencyUnavailableException(String service, Throwable cause) {
        super(service + " is unavailable", cause);
        this.service = service;
    }

    public String service() {
        return service;
    }
}
