package org.coproduction.platform.problem;

/** The caller's role may do this kind of thing, but not to this record (403). */
public class NotAllowedException extends ProblemException {

    public NotAllowedException(String detail) {
        super(ProblemType.FORBIDDEN, detail);
    }
}
