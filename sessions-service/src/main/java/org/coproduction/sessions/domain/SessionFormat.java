package org.coproduction.sessions.domain;

/** How people take part in a session. */
public enum SessionFormat {
    IN_PERSON,
    ONLINE,
    HYBRID
}
