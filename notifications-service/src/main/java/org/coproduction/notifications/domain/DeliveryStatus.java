package org.coproduction.notifications.domain;

/**
 * PENDING waits for its (next) attempt; CLAIMED is owned by one instance that is preparing it (safe to take
 * back when the claim lapses); SENDING has been handed to SMTP (if it lapses the outcome is unknown, so it
 * becomes FAILED for a person to decide rather than risk a duplicate); SENT, FAILED and SKIPPED are final.
 */
public enum DeliveryStatus {
    PENDING,
    CLAIMED,
    SENDING,
    SENT,
    FAILED,
    SKIPPED;

    public boolean isFinal() {
        return this == SENT || this == FAILED || this == SKIPPED;
    }
}
