package org.coproduction.platform.problem;

/** The request is well formed but clashes with the record's current state (409). */
public class StateConflictException extends ProblemException {

    public StateConflictException(String detail) {
        super(ProblemType.CONFLICT, detail);
    }
}
