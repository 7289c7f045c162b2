package org.coproduction.notifications.delivery.send;

import java.util.UUID;

/** What the SMTP server said for one delivery: error is null when it accepted the mail. */
public record SendOutcome(UUID deliveryId, String error) {

    public boolean sent() {
        return error == null;
    }
}
