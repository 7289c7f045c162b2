package org.coproduction.sessions.service;

/** The request clashes with the current state (cancelling a cancelled session, a duplicate member...). */
public class StateConflictException extends RuntimeException {
    public StateConflictException(String detail) {
        super(detail);
    }
}
