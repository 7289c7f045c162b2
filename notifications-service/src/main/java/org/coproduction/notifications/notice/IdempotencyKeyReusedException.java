package org.coproduction.notifications.notice;

/**
 * An Idempotency-Key already used for a different notice (422): answering with the first notice would tell the caller
 * their new notice was sent when it was not.
 */
public class IdempotencyKeyReusedException extends RuntimeException {

    public static final String SLUG = "idempotency-key-reused";
    public static final String TITLE = "Idempotency key reused";
    public static final int STATUS = 422;

    public IdempotencyKeyReusedException() {
        super(
                "This Idempotency-Key was already used for a different notice; nothing was sent. Send a new notice "
                        + "with a new key, or the first notice again with this one.",
                null,
                false,
                false);
    }
}
