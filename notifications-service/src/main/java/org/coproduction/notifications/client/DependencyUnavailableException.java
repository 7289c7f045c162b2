package org.coproduction.notifications.client;

/** Another service could not be reached (after retries) or its circuit is open: the work waits. */
public class DependencyUnavailableException extends RuntimeException {

    private final String service;

    public DependencyUnavailableException(String service) {
        super(service + " is unavailable");
        this.service = service;
    }

    public String service() {
        return service;
    }
}
