package org.coproduction.sessions.domain.slots;

/**
 * Why a person cannot take a slot. When several rules fail the first one in this order is named,
 * so a person on holiday is reported ABSENT rather than, say, OUTSIDE_AVAILABILITY.
 */
public enum UnavailableReason {
    ABSENT,
    OUTSIDE_AVAILABILITY,
    NOTICE_TOO_SHORT,
    DOUBLE_BOOKED,
    MONTHLY_LIMIT
}
