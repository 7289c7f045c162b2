package org.coproduction.platform.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.coproduction.platform.paging.PageRequest;
import org.coproduction.platform.problem.FieldError;
import org.coproduction.platform.problem.InvalidInputException;
import org.coproduction.platform.text.TimeBounds;

/**
 * Reads query, path and header parameters taken as text, collecting every bad one, so a request with three bad
 * parameters hears about all three in one 400 (JAX-RS would answer a failed conversion with a bare 404).
 * Use one instance per request, then {@link #check()}.
 */
public final class QueryParams {

    private final List<FieldError> errors = new ArrayList<>();

    public UUID uuid(String name, String value) {
        if (isAbsent(value)) {
            return null;
        }
        try {
            UUID id = UUID.fromString(value.strip());
            if (id.toString().equalsIgnoreCase(value.strip())) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        return invalid(name, "must be a UUID such as 5f0c1d2e-8a7b-4c3d-9e1f-2a3b4c5d6e7f");
    }

    public <E extends Enum<E>> E oneOf(String name, String value, Class<E> type) {
        if (isAbsent(value)) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value.strip())) {
                return constant;
            }
        }
        return invalid(
                name,
                "must be one of "
                        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
    }

    public <E extends Enum<E>> List<E> allOf(String name, List<String> values, Class<E> type) {
        List<E> out = new ArrayList<>();
        for (String value : values == null ? List.<String>of() : values) {
            E parsed = oneOf(name, value, type);
            if (parsed != null) {
                out.add(parsed);
            }
        }
        return out;
    }

    /** A whole number in {@code [min, max]}, or {@code fallback} when absent. */
    public int integer(String name, String value, int fallback, int min, int max) {
        if (isAbsent(value)) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        invalid(name, "must be a whole number from " + min + " to " + max);
        return fallback;
    }

    public Instant instant(String name, String value) {
        if (isAbsent(value)) {
            return null;
        }
        Instant instant = TimeBounds.instantOrNull(value);
        return instant != null ? instant : invalid(name, TimeBounds.INSTANT_RULE);
    }

    public LocalDate date(String name, String value) {
        if (isAbsent(value)) {
            return null;
        }
        LocalDate date = TimeBounds.dateOrNull(value);
        return date != null ? date : invalid(name, TimeBounds.DATE_RULE);
    }

    /** Free text such as a search term, at most {@code maxLength} characters. */
    public String text(String name, String value, int maxLength) {
        if (isAbsent(value)) {
            return null;
        }
        if (value.length() > maxLength) {
            return invalid(name, "must be at most " + maxLength + " characters");
        }
        return value.strip();
    }

    /** {@code page} (from 0) and {@code size} (1 to {@code maxSize}, default {@code defaultSize}). */
    public PageRequest page(String page, String size, int defaultSize, int maxSize) {
        int p = integer("page", page, 0, 0, PageRequest.MAX_PAGE);
        int s = integer("size", size, defaultSize, 1, Math.min(maxSize, PageRequest.MAX_SIZE));
        return errors.isEmpty() ? new PageRequest(p, s) : null;
    }

    public PageRequest page(String page, String size) {
        return page(page, size, PageRequest.DEFAULT_SIZE, PageRequest.MAX_SIZE);
    }

    /** Records a problem the caller found itself (two parameters that contradict each other...). */
    public <T> T invalid(String name, String message) {
        errors.add(new FieldError(name, message));
        return null;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Throws one 400 naming every bad parameter, if there were any. */
    public void check() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static boolean isAbsent(String value) {
        return value == null || value.isBlank();
    }
}
