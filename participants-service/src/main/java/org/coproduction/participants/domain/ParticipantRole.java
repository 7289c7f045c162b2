package org.coproduction.participants.domain;

/** The part a person plays in co-production; everyone takes part as an equal. */
public enum ParticipantRole {
    LIVED_EXPERIENCE,
    PRACTITIONER,
    FACILITATOR,
    COORDINATOR
}
