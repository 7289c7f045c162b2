package org.coproduction.sessions.service;

import org.coproduction.platform.problem.StaleVersionException;

/** Optimistic concurrency: a caller's If-Match must name the current version. */
final class Versions {
    private Versions() {}

    /** @param expected the version from If-Match, or null when the caller sent none */
    static void check(Long expected, long current) {
        if (expected != null && expected != current) {
            throw new StaleVersionException(current);
        }
    }
}
