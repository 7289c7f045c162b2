package org.coproduction.sessions.domain;

/** Where a follow-up offer stands: offered, arranged as a MENTORING session, or declined by the person. */
public enum FollowUpStatus {
    OFFERED,
    ARRANGED,
    DECLINED
}
