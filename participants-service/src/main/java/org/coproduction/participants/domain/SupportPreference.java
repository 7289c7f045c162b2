package org.coproduction.participants.domain;

/** How a person prefers to be supported and trained. */
public enum SupportPreference {
    GROUP,
    ONE_TO_ONE,
    NO_PREFERENCE
}
