package org.coproduction.sessions.service;

/** The caller's If-Match names a version that is no longer current. */
public class StaleVersionException extends RuntimeException {
    public StaleVersionException(long current) {
        super("the resource has changed since you read it (current version " + current + "); read it again");
    }
}
