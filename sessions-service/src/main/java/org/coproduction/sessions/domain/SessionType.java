package org.coproduction.sessions.domain;

/** What kind of session it is; MENTORING is one-to-one. */
public enum SessionType {
    MEETING,
    WORKSHOP,
    TRAINING,
    MENTORING
}
