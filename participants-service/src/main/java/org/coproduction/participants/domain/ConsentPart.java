package org.coproduction.participants.domain;

/** What a consent event is about: everything held, or one of the parts a person may withdraw on its own. */
public enum ConsentPart {
    ALL,
    ACCESS_NEEDS,
    FINANCIAL_SUPPORT
}
