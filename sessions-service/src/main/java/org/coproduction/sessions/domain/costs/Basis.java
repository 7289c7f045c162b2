package org.coproduction.sessions.domain.costs;

/** A support amount is either a flat sum per session or a rate per hour of the session. */
public enum Basis {
    PER_SESSION,
    PER_HOUR
}
