package org.coproduction.sessions.domain;

/** notifications-service's notice kinds that this service sends. */
public enum NoticeKind {
    SESSION_CANCELLED,
    SESSION_CHANGED,
    /** Someone is newly invited to a session; notifications-service adds their answer links and the .ics. */
    SESSION_INVITATION,
    /** After a sensitive session: the offer of a debrief or a one-to-one ({@link FollowUpFacts}). */
    FOLLOW_UP_OFFER,
    /** A warm message to someone who seems to be drifting away; it asks nothing of them. */
    CHECK_IN,
    /** To a project's coordinators: who seems to be drifting away, and why. */
    ENGAGEMENT_SUMMARY
}
