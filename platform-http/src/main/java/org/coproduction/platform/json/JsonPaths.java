package org.coproduction.platform.json;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/** Field paths as callers write them: JSON names with dots and indexes ("availability.weekly[1].end"). */
public final class JsonPaths {

    private JsonPaths() {}

    /** The path of a Jackson failure; empty when it concerns the body as a whole. */
    public static String of(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /**
     * The path of a bean-validation failure, without the method and parameter names validation puts in front
     * ("create.request.weekly[2].end" becomes "weekly[2].end"); a failure of a parameter itself keeps its name.
     */
    public static String of(ConstraintViolation<?> violation) {
        return of(violation.getPropertyPath());
    }

    public static String of(Path propertyPath) {
        StringBuilder field = new StringBuilder();
        boolean parameterOnly = false;
        for (Path.Node node : propertyPath) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD
                    || kind == ElementKind.CONSTRUCTOR
                    || kind == ElementKind.RETURN_VALUE
                    || kind == ElementKind.CROSS_PARAMETER
                    || kind == ElementKind.BEAN) {
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                field.setLength(0);
                field.append(node.getName());
                parameterOnly = true;
                continue;
            }
            if (parameterOnly) {
                field.setLength(0);
                parameterOnly = false;
            }
            // A node's index or key says where in the list or map before it the node sits.
            if (node.isInIterable() && field.length() > 0) {
                if (node.getIndex() != null) {
                    field.append('[').append(node.getIndex()).append(']');
                } else if (node.getKey() != null) {
                    field.append('.').append(node.getKey());
                }
            }
            if (kind == ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (field.length() > 0) {
                field.append('.');
            }
            field.append(node.getName());
        }
        return field.length() == 0 ? "body" : field.toString();
    }
}
