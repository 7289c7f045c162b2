package org.coproduction.participants.domain;

/** PAUSED and WITHDRAWN people keep their record but are not invited or sent digests. */
public enum ParticipantStatus {
    ACTIVE,
    PAUSED,
    WITHDRAWN
}
