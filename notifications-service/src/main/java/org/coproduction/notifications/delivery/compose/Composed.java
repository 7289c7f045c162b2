package org.coproduction.notifications.delivery.compose;

import java.util.ArrayList;
import java.util.List;
import org.coproduction.notifications.delivery.claim.DeliveryWork;
import org.coproduction.notifications.delivery.paper.PaperDocument;

/**
 * What composing one claimed batch came to: mail ready to send, deliveries the skip rule left out, deliveries
 * that must wait because a service they need is down, and letters or call sheets for people who asked for post or a
 * phone call. Every claimed delivery is in exactly one of the four.
 */
public record Composed(List<OutgoingMail> ready, List<Held> skipped, List<Held> waiting, List<PaperDocument> onPaper) {

    /** Without letters or call sheets. */
    public Composed(List<OutgoingMail> ready, List<Held> skipped, List<Held> waiting) {
        this(ready, skipped, waiting, new ArrayList<>());
    }

    /** A delivery not sent now, and why (shown in the delivery log). */
    public record Held(DeliveryWork work, String reason) {}
}
