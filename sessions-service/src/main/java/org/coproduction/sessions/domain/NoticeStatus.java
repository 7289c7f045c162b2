package org.coproduction.sessions.domain;

/** PENDING until notifications-service has accepted the notice. */
public enum NoticeStatus {
    PENDING,
    SENT
}
