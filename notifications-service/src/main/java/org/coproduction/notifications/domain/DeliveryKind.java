package org.coproduction.notifications.domain;

/** A scheduled digest, an immediate notice, or the one-off mail that confirms a new email address. */
public enum DeliveryKind {
    DIGEST,
    NOTICE,
    EMAIL_CONFIRMATION
}
