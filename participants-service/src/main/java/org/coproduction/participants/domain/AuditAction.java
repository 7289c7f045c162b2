package org.coproduction.participants.domain;

public enum AuditAction {
    READ,
    CHANGE
}
