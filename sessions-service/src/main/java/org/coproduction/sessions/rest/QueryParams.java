package org.coproduction.sessions.rest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.coproduction.sessions.service.FieldErrors;
import org.coproduction.sessions.service.PageRequest;

/**
 * Query parameters arrive as text and are parsed here, so a bad value is a 400 naming the parameter
 * (JAX-RS would answer a failed conversion of a query parameter with 404).
 */
final class QueryParams {
    private QueryParams() {
    }

    static PageRequest page(FieldErrors errors, String page, String size) {
        int p = integer(errors, "page", page, 0);
        int s = integer(errors, "size", size, 50);
        if (p < 0) {
            errors.add("page", "must be 0 or more");
        }
        if (s < 1 || s > PageRequest.MAX_SIZE) {
            errors.add("size", "must be between 1 and " + PageRequest.MAX_SIZE);
        }
        return new PageRequest(Math.max(p, 0), Math.min(Math.max(s, 1), PageRequest.MAX_SIZE));
    }

    static Instant instant(FieldErrors errors, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(name, "must be a UTC instant such as 2027-03-29T17:00:00Z");
            return null;
        }
    }

    static UUID uuid(FieldErrors errors, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            errors.add(name, "must be a UUID");
            return null;
        }
    }

    /** If-Match: a quoted version ("3"), weak or not; "*" or absent means no precondition. */
    static Long ifMatch(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return null;
        }
        String v = header.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            // Cannot match any version we ever issued.
            return -1L;
        }
    }

    private static int integer(FieldErrors errors, String name, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            errors.add(name, "must be a whole number");
            return fallback;
        }
    }
}
