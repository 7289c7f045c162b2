package org.coproduction.sessions.domain;

/** SCHEDULED until cancelled, or COMPLETED once attendance is recorded. */
public enum SessionStatus {
    SCHEDULED,
    CANCELLED,
    COMPLETED
}
