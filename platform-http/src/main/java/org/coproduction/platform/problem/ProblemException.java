package org.coproduction.platform.problem;

import java.util.List;

/**
 * The one exception every service's own failures extend: it carries the problem type and the plain-words detail,
 * and {@link ProblemMappers} turns it into a problem response. The detail is shown to the caller, so it never
 * quotes personal data the caller did not send.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<FieldError> errors;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    protected ProblemException(ProblemType type, String detail, List<FieldError> errors) {
        super(detail == null ? type.defaultDetail() : detail, null, false, false);
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    public ProblemType type() {
        return type;
    }

    /** The invalid fields, for a validation problem; empty otherwise. */
    public List<FieldError> errors() {
        return errors;
    }

    /** The problem body this exception answers with. */
    public Problem toProblem(String instance) {
        return type == ProblemType.VALIDATION && !errors.isEmpty()
                ? Problem.validation(errors, instance)
                : Problem.of(type, getMessage(), instance);
    }
}
