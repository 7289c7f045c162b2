package org.coproduction.platform.problem;

/** {@code If-Match} named a version that is no longer current (412). */
public class StaleVersionException extends ProblemException {

    public StaleVersionException(long currentVersion) {
        super(
                ProblemType.PRECONDITION_FAILED,
                "The record has changed since you read it (it is now at version " + currentVersion
                        + "); read it again and retry.");
    }
}
