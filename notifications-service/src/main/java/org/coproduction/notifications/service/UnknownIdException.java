package org.coproduction.notifications.service;

/** No such thing (-> 404). */
public class UnknownIdException extends RuntimeException {

    public UnknownIdException(String what) {
        super(what);
    }
}
