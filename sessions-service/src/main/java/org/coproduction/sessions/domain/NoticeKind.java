package org.coproduction.sessions.domain;

/** notifications-service's notice kinds that this service sends. */
public enum NoticeKind {
    SESSION_CANCELLED,
    SESSION_CHANGED
}
