package org.coproduction.sessions.service;

import java.util.List;

/** Input that breaks the rules; lists every bad field at once so the caller can fix them in one go. */
public class InvalidInputException extends RuntimeException {
    private final transient List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super("invalid input: " + errors.size() + " field(s)");
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
