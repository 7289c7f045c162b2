package org.coproduction.platform.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;
import org.coproduction.platform.problem.InvalidInputException;
import org.coproduction.platform.problem.ProblemException;
import org.coproduction.platform.problem.ProblemType;
import org.coproduction.platform.text.TimeBounds;

/**
 * Says in plain words why a body could not be read. Jackson's own messages name Java classes and are never shown:
 * the caller gets the field's JSON path and what it should hold.
 */
public final class JsonProblems {

    private JsonProblems() {}

    public static ProblemException of(JsonProcessingException e) {
        String field = e instanceof JsonMappingException m ? JsonPaths.of(m) : "";
        if (e instanceof UnsafeTextException text) {
            return InvalidInputException.of(field.isEmpty() ? "body" : field, text.rule());
        }
        if (e instanceof OutOfRangeException range) {
            return InvalidInputException.of(field.isEmpty() ? "body" : field, range.rule());
        }
        return new ProblemException(ProblemType.MALFORMED_REQUEST, detail(e, field));
    }

    private static String detail(JsonProcessingException e, String field) {
        String original = Objects.requireNonNullElse(e.getOriginalMessage(), "");
        if (e instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds() == null
                    ? ""
                    : " Known fields here: "
                            + unknown.getKnownPropertyIds().stream()
                                    .map(Object::toString)
                                    .sorted()
                                    .collect(Collectors.joining(", "))
                            + ".";
            return "Unknown field '" + field + "': unknown fields are refused so nothing is silently dropped." + known;
        }
        if (e instanceof InvalidNullException) {
            return "Field '" + field + "' must not hold null.";
        }
        if (e instanceof InvalidFormatException format) {
            return "Field '" + field + "' must be " + expected(format.getTargetType()) + ".";
        }
        if (e instanceof StreamConstraintsException) {
            return "The body is too large or too deeply nested to read.";
        }
        if (e instanceof JsonParseException) {
            if (original.startsWith("Duplicate field")) {
                return "The body names a field twice" + quoted(original) + "; name each field once.";
            }
            return "The body is not valid JSON" + where(e) + ".";
        }
        if (e instanceof MismatchedInputException mismatch) {
            if (original.startsWith("Trailing token")) {
                return "The body has more after its JSON value; send one JSON value.";
            }
            if (original.startsWith("No content to map")) {
                return "The body is empty; send a JSON object.";
            }
            if (!field.isEmpty()) {
                return "Field '" + field + "' must be " + expected(mismatch.getTargetType()) + ".";
            }
            return "The body does not have the expected shape; send a JSON object.";
        }
        if (!field.isEmpty()) {
            return "Field '" + field + "' could not be read.";
        }
        return "The body could not be read as the expected JSON.";
    }

    /** What a value of this type looks like, in the caller's words. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "a value of another type";
        }
        if (type.isEnum()) {
            return "one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(Object::toString)
                            .collect(Collectors.joining(", "));
        }
        return switch (type.getSimpleName()) {
            case "UUID" -> "a UUID such as 5f0c1d2e-8a7b-4c3d-9e1f-2a3b4c5d6e7f";
            case "Instant" -> "a " + TimeBounds.INSTANT_RULE.replaceFirst("^must be a ", "");
            case "LocalDate" -> "a " + TimeBounds.DATE_RULE.replaceFirst("^must be a ", "");
            case "LocalTime" -> "a time such as 18:00";
            case "Duration" -> "a duration such as PT1H30M";
            case "Integer", "int", "Long", "long", "Short", "short" -> "a whole number";
            case "BigDecimal", "Double", "double", "Float", "float" -> "a number";
            case "Boolean", "boolean" -> "true or false";
            case "String" -> "a string";
            default -> type.isArray() || java.util.Collection.class.isAssignableFrom(type) ? "a list" : "an object";
        };
    }

    private static String quoted(String message) {
        int start = message.indexOf('\'');
        int end = start < 0 ? -1 : message.indexOf('\'', start + 1);
        return end > start ? " (" + message.substring(start, end + 1) + ")" : "";
    }

    private static String where(JsonProcessingException e) {
        return e.getLocation() == null || e.getLocation().getLineNr() < 0
                ? ""
                : " (line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr() + ")";
    }
}
