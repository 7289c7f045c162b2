package org.coproduction.notifications.domain;

/**
 * A scheduled digest, an immediate notice, the one-off mail that confirms a new email address, or a fresh sign-in
 * link the person asked for by their address, or a reminder before a session.
 */
public enum DeliveryKind {
    DIGEST,
    NOTICE,
    EMAIL_CONFIRMATION,
    SIGN_IN_LINK,
    /** A reminder before a session: one per person, session and start time (issue 13). */
    REMINDER
}
