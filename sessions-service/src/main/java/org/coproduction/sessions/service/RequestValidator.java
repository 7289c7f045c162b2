package org.coproduction.sessions.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.coproduction.platform.json.JsonPaths;
import org.coproduction.platform.problem.FieldError;
import org.coproduction.platform.problem.InvalidInputException;

/**
 * Checks a request body: its bean-validation constraints first, then the cross-field rules given
 * (end after start, ...), and throws once with every bad field, so the caller can fix them in one go.
 */
@ApplicationScoped
public class RequestValidator {
    private final Validator validator;

    public RequestValidator(Validator validator) {
        this.validator = validator;
    }

    /** @param rules add what they find to the list; they can see what bean validation already found */
    public <T> T check(T body, Consumer<List<FieldError>> rules) {
        if (body == null) {
            throw InvalidInputException.of("body", "a JSON body is required");
        }
        List<FieldError> errors = new ArrayList<>();
        validator.validate(body).stream()
                .map(v -> new FieldError(JsonPaths.of(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .forEach(errors::add);
        rules.accept(errors);
        throwIfAny(errors);
        return body;
    }

    public <T> T check(T body) {
        return check(body, errors -> {});
    }

    /** One 400 naming every bad field, if there are any. */
    static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** True when this field (or something inside it) is already known to be bad. */
    static boolean has(List<FieldError> errors, String field) {
        return errors.stream()
                .anyMatch(e -> e.field().equals(field)
                        || e.field().startsWith(field + ".")
                        || e.field().startsWith(field + "["));
    }
}
