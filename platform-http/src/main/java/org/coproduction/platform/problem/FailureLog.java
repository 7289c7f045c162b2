package org.coproduction.platform.problem;

import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The only way an unexpected failure is logged: an id (repeated in the answer so a report can be matched), the
 * exception types and their frames, never a message. Messages can quote people's data (a database error repeats
 * the values it refused), and this data is health and money.
 */
public final class FailureLog {

    private static final Logger LOG = Logger.getLogger(FailureLog.class);
    private static final int FRAMES = 8;

    private FailureLog() {}

    /** Logs the failure and returns the id to show the caller. */
    public static String record(Throwable failure, String where) {
        String id = UUID.randomUUID().toString();
        LOG.errorf("Unexpected failure %s on %s: %s", id, where, describe(failure));
        return id;
    }

    /** Types and frames of the whole cause chain, without any message. */
    public static String describe(Throwable failure) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 10; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (depth > 0) {
                out.append("\n  caused by ");
            }
            out.append(t.getClass().getName());
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(FRAMES, frames.length); i++) {
                out.append("\n    at ").append(frames[i]);
            }
        }
        return out.toString();
    }
}
