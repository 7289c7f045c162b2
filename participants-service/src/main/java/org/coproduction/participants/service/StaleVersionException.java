package org.coproduction.participants.service;

/** The client's If-Match names a version that is no longer current: someone else changed the record first. */
public class StaleVersionException extends RuntimeException {
    public StaleVersionException(String detail) {
        super(detail);
    }
}
