package org.coproduction.notifications.domain;

public enum NoticeKind {
    SESSION_CANCELLED,
    SESSION_CHANGED,
    GENERAL
}
