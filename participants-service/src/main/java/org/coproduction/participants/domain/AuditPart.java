package org.coproduction.participants.domain;

import java.util.List;

/** The parts of a person's information whose reads and changes are audited: health, money and contact information. */
public enum AuditPart {
    ACCESS_NEEDS,
    FINANCIAL_SUPPORT,
    /** Email, phone and postal address. */
    CONTACT_DETAILS,
    /** The private benefits limit, kept apart from the record: audited only when it is itself read or changed. */
    BENEFITS;

    /** The parts carried by the participant's record: every read of the record reads these. */
    public static final List<AuditPart> RECORD_PARTS = List.of(ACCESS_NEEDS, FINANCIAL_SUPPORT, CONTACT_DETAILS);
}
