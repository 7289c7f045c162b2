package org.coproduction.platform.problem;

import java.util.List;

/** Input that cannot be used, listing every bad field at once (400 validation). */
public class InvalidInputException extends ProblemException {

    public InvalidInputException(List<FieldError> errors) {
        super(ProblemType.VALIDATION, null, errors);
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a validation problem names at least one field");
        }
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(new FieldError(field, message)));
    }
}
