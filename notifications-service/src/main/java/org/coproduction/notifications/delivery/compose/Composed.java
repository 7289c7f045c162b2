package org.coproduction.notifications.delivery.compose;

import java.util.List;
import org.coproduction.notifications.delivery.claim.DeliveryWork;

/**
 * What composing one claimed batch came to: mail ready to send, deliveries the skip rule left out, and deliveries
 * that must wait because a service they need is down. Every claimed delivery is in exactly one of the three.
 */
public record Composed(List<OutgoingMail> ready, List<Held> skipped, List<Held> waiting) {

    /** A delivery not sent now, and why (shown in the delivery log). */
    public record Held(DeliveryWork work, String reason) {}
}
