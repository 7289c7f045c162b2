package org.coproduction.participants.domain;

/** The parts of a record whose reads and changes are audited: health and money information. */
public enum AuditPart {
    ACCESS_NEEDS,
    FINANCIAL_SUPPORT
}
