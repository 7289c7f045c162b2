package org.coproduction.sessions.service;

import java.util.ArrayList;
import java.util.List;

/** Collects bad fields while a request is checked, so every problem is reported together. */
public final class FieldErrors {
    private final List<FieldError> errors = new ArrayList<>();

    public FieldErrors add(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    /** True when this field (or something inside it) is already known to be bad. */
    public boolean has(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field) || e.field().startsWith(field + ".")
                || e.field().startsWith(field + "["));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    List<FieldError> list() {
        return errors;
    }
}
