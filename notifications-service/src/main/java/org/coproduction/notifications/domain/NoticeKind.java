package org.coproduction.notifications.domain;

/** What a notice is about; it sets the message's headline. */
public enum NoticeKind {
    SESSION_CANCELLED,
    SESSION_CHANGED,
    GENERAL,
    /** A new invitation to a session (sent by sessions-service): carries the two personal answer links. */
    SESSION_INVITATION,
    /** A warm note to someone who has not been seen for a while; asks nothing of them (issue 14). */
    CHECK_IN,
    /** To a project's coordinators: who might need a call, and why (issue 14, engagement facts). */
    ENGAGEMENT_SUMMARY,
    /** After a sensitive session: a debrief or one-to-one offered (issue 14, session and followUp facts). */
    FOLLOW_UP_OFFER,
    /** A mentor or buddy pairing confirmed: both people are told (issue 14, mentoring facts). */
    MENTOR_PAIRED;

    /**
     * Whether a notice of this kind is always written for each reader from its facts: it has no subject or body of
     * the caller's, because its words depend on who reads it (their language, their zone, which side of a pairing).
     */
    public boolean writtenForEachReader() {
        return this == CHECK_IN || this == ENGAGEMENT_SUMMARY || this == FOLLOW_UP_OFFER || this == MENTOR_PAIRED;
    }
}
