package org.coproduction.sessions.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.function.Consumer;

/**
 * Checks a request body: its bean-validation constraints first, then the cross-field rules given
 * (end after start, ...), and throws once with every bad field.
 */
@ApplicationScoped
public class RequestValidator {
    private final Validator validator;

    public RequestValidator(Validator validator) {
        this.validator = validator;
    }

    public <T> T check(T body, Consumer<FieldErrors> rules) {
        if (body == null) {
            throw new InvalidInputException("body", "a JSON body is required");
        }
        FieldErrors errors = new FieldErrors();
        validator.validate(body).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> errors.add(path(v), v.getMessage()));
        rules.accept(errors);
        errors.throwIfAny();
        return body;
    }

    public <T> T check(T body) {
        return check(body, errors -> { });
    }

    /** JSON-style path: "actions[1].description", "invitees[0]". */
    static String path(ConstraintViolation<?> violation) {
        StringBuilder out = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.isInIterable() && node.getIndex() != null) {
                out.append('[').append(node.getIndex()).append(']');
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(name);
            }
        }
        return out.length() == 0 ? "body" : out.toString();
    }
}
