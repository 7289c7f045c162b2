package org.coproduction.participants.domain;

/** How a person prefers to be contacted. Digests go by email; other channels are for coordinators. */
public enum ContactChannel {
    EMAIL,
    PHONE,
    POST
}
