package org.coproduction.notifications.domain;

/**
 * PENDING waits for its (next) attempt; CLAIMED is owned by one instance that is preparing it (safe to take
 * back when the claim lapses); SENDING has been handed to SMTP. The settled ones: SENT (the SMTP server accepted
 * it), FAILED (every attempt used up), REJECTED (the SMTP server refused it for good with a
 * 5xx answer: never tried again automatically), SKIPPED (nothing to send) and UNKNOWN (it was in flight when the
 * service stopped, so it may or may not have arrived: never sent again automatically, for a person to decide).
 */
public enum DeliveryStatus {
    PENDING,
    CLAIMED,
    SENDING,
    SENT,
    FAILED,
    SKIPPED,
    REJECTED,
    UNKNOWN,
    /** A letter or call sheet made (for people who asked for post or a phone call), waiting to be posted or made. */
    READY,
    /** The coordinator posted the letter. */
    POSTED,
    /** The coordinator made the call. */
    CALLED;

    /**
     * Settled: nothing more happens to it unless a person asks for it to be tried again (or, for READY, marks it
     * posted or called: nothing more is sent).
     */
    public boolean isFinal() {
        return this == SENT
                || this == FAILED
                || this == SKIPPED
                || this == REJECTED
                || this == UNKNOWN
                || this == READY
                || this == POSTED
                || this == CALLED;
    }
}
