package org.coproduction.platform.problem;

/** Nothing with this id, or nothing this caller may see (the two read the same, so ids cannot be probed). */
public class UnknownResourceException extends ProblemException {

    public UnknownResourceException(String detail) {
        super(ProblemType.NOT_FOUND, detail);
    }
}
