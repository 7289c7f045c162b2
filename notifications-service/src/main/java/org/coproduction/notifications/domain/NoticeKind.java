package org.coproduction.notifications.domain;

/** What a notice is about; it sets the message's headline. */
public enum NoticeKind {
    SESSION_CANCELLED,
    SESSION_CHANGED,
    GENERAL,
    /** A new invitation to a session (sent by sessions-service): carries the two personal answer links. */
    SESSION_INVITATION
}
