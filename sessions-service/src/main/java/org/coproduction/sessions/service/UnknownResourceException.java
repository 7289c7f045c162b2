package org.coproduction.sessions.service;

/** Nothing with this id exists, or the caller may not know that it does (answered the same way, 404). */
public class UnknownResourceException extends RuntimeException {
    public UnknownResourceException(String detail) {
        super(detail);
    }
}
