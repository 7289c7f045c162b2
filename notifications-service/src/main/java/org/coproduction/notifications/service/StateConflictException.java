package org.coproduction.notifications.service;

/** The thing exists but its state does not allow this (-> 409). */
public class StateConflictException extends RuntimeException {

    public StateConflictException(String detail) {
        super(detail);
    }
}
