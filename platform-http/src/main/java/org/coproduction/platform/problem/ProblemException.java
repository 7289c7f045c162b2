package org.coproduction.platform.problem;

import java.util.List;
import java.util.Map;

/**
 * The one exception every service's own failures extend: it carries the problem type and the plain-words detail,
 * and {@link ProblemMappers} turns it into a problem response. The detail is shown to the caller, so it never
 * quotes personal data the caller did not send.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<FieldError> errors;
    private final Map<String, Object> extensions;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    /**
     * A problem with extension members its type defines (RFC 9457 section 3.2), such as benefits-limit's
     * {@code suggestedPaidAs}. Values must be plain JSON values (text, numbers, booleans), never personal data.
     */
    public ProblemException(ProblemType type, String detail, Map<String, Object> extensions) {
        this(type, detail, List.of(), extensions);
    }

    protected ProblemException(ProblemType type, String detail, List<FieldError> errors) {
        this(type, detail, errors, Map.of());
    }

    private ProblemException(ProblemType type, String detail, List<FieldError> errors, Map<String, Object> extensions) {
        super(detail == null ? type.defaultDetail() : detail, null, false, false);
        this.type = type;
        this.errors = List.copyOf(errors);
        this.extensions = Map.copyOf(extensions);
    }

    public ProblemType type() {
        return type;
    }

    /** The invalid fields, for a validation problem; empty otherwise. */
    public List<FieldError> errors() {
        return errors;
    }

    /** The extension members this problem carries beside the standard ones; empty for most. */
    public Map<String, Object> extensions() {
        return extensions;
    }

    /** The problem body this exception answers with. */
    public Problem toProblem(String instance) {
        return type == ProblemType.VALIDATION && !errors.isEmpty()
                ? Problem.validation(errors, instance)
                : Problem.of(type, getMessage(), instance, extensions);
    }
}
