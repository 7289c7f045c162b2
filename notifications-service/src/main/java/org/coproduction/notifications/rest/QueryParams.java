package org.coproduction.notifications.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.coproduction.notifications.service.FieldError;
import org.coproduction.notifications.service.InvalidInputException;

/**
 * Reads query and path parameters as text and reports every bad one together (400), instead of the framework's
 * 404 for a parameter it cannot convert.
 */
final class QueryParams {

    private final List<FieldError> errors = new ArrayList<>();

    UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(name, "must be a UUID"));
            return null;
        }
    }

    <E extends Enum<E>> E oneOf(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(name, "must be one of " + List.of(type.getEnumConstants())));
            return null;
        }
    }

    int integer(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n < min || n > max) {
                errors.add(new FieldError(name, "must be between " + min + " and " + max));
            }
            return n;
        } catch (NumberFormatException e) {
            errors.add(new FieldError(name, "must be a whole number"));
            return fallback;
        }
    }

    void invalid(String name, String message) {
        errors.add(new FieldError(name, message));
    }

    /** Throws a 400 naming every bad parameter, if there were any. */
    void check() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
