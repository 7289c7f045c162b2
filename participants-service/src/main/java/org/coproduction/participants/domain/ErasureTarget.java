package org.coproduction.participants.domain;

/** The other services an erasure is carried to, by the outbox. */
public enum ErasureTarget {
    SESSIONS,
    NOTIFICATIONS
}
