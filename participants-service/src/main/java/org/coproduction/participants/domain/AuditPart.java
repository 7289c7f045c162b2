package org.coproduction.participants.domain;

/** The parts of a record whose reads and changes are audited: health, money and contact information. */
public enum AuditPart {
    ACCESS_NEEDS,
    FINANCIAL_SUPPORT,
    /** Email, phone and postal address. */
    CONTACT_DETAILS
}
