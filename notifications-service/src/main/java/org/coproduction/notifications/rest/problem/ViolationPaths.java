package org.coproduction.notifications.rest.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/** Turns a bean-validation path ("create.request.participantIds[2].<list element>") into a JSON path. */
final class ViolationPaths {

    private ViolationPaths() {
    }

    static String field(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        // The body parameter's own name is not a JSON field: drop it once a property follows it.
        boolean parameterOnly = false;
        for (Path.Node node : violation.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                field.setLength(0);
                field.append(node.getName());
                parameterOnly = true;
                continue;
            }
            if (kind == ElementKind.CONTAINER_ELEMENT) {
                if (node.getIndex() != null) {
                    field.append('[').append(node.getIndex()).append(']');
                }
                continue;
            }
            if (parameterOnly) {
                field.setLength(0);
                parameterOnly = false;
            }
            if (field.length() > 0) {
                field.append('.');
            }
            field.append(node.getName());
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
        }
        return field.length() == 0 ? "body" : field.toString();
    }
}
