package org.coproduction.notifications.service;

import java.util.List;

/** Request input that cannot be used; lists every bad field (-> 400 validation). */
public class InvalidInputException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super("invalid input");
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
