package org.coproduction.portal.signin;

/** A link that cannot start a visit, and the reason to give the person in plain words. */
public class LinkRefusedException extends RuntimeException {

    /** Why, as the page explains it. */
    public enum Reason {
        /** Not one of ours, or changed: perhaps cut short when copied. */
        BROKEN,
        /** Older than its lifetime. */
        EXPIRED,
        /** The person has left or was erased: their links no longer open anything. */
        CLOSED
    }

    private final Reason reason;

    public LinkRefusedException(Reason reason) {
        super("link refused: " + reason, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
