package org.coproduction.participants.service;

/** The caller is signed in but may not do this (answered 403). */
public class NotAllowedException extends RuntimeException {
    public NotAllowedException(String detail) {
        super(detail);
    }
}
