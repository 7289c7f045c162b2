package org.coproduction.platform.problem;

/**
 * The caller made more requests of one rate-limited kind than its limit allows within the window: a 429 problem whose
 * {@code Retry-After} header says how many seconds remain until the window ends.
 */
public class TooManyRequestsException extends ProblemException {

    private final long retryAfterSeconds;

    public TooManyRequestsException(long retryAfterSeconds) {
        super(
                ProblemType.TOO_MANY_REQUESTS,
                "You have made too many requests of this kind; try again in " + Math.max(1, retryAfterSeconds)
                        + (Math.max(1, retryAfterSeconds) == 1 ? " second." : " seconds."));
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    /** Whole seconds until the caller may try again, at least 1. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
