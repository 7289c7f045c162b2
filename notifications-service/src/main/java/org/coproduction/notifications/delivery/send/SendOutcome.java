package org.coproduction.notifications.delivery.send;

import java.util.UUID;

/**
 * What the SMTP server said for one delivery: error is null when it accepted the mail; permanent when it refused it
 * for good (a 5xx answer such as 550 5.1.1, no such mailbox), which trying again cannot change.
 */
public record SendOutcome(UUID deliveryId, String error, boolean permanent) {

    /** Accepted ({@code error} null), or a failure worth trying again (a 4xx answer, no connection, a timeout). */
    public SendOutcome(UUID deliveryId, String error) {
        this(deliveryId, error, false);
    }

    public boolean sent() {
        return error == null;
    }

    /** Refused for good: the delivery is REJECTED at once and not tried again. */
    public boolean rejected() {
        return error != null && permanent;
    }
}
