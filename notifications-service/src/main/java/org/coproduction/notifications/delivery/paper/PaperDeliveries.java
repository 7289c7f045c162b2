package org.coproduction.notifications.delivery.paper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.coproduction.notifications.delivery.record.DeliveryView;
import org.coproduction.notifications.domain.Delivery;
import org.coproduction.notifications.domain.DeliveryStatus;
import org.coproduction.platform.problem.StateConflictException;
import org.coproduction.platform.problem.UnknownResourceException;

/** A coordinator marks a letter posted or a call made; and reads the document of either. */
@ApplicationScoped
public class PaperDeliveries {

    private final DocumentStore documents;

    public PaperDeliveries(DocumentStore documents) {
        this.documents = documents;
    }

    /** The letter (PDF, or its HTML) or call sheet (HTML) of a delivery. */
    @Transactional
    public DocumentStore.Stored document(UUID deliveryId) {
        if (Delivery.findById(deliveryId) == null) {
            throw new UnknownResourceException("No delivery with this id.");
        }
        return documents
                .find(deliveryId)
                .orElseThrow(() -> new UnknownResourceException(
                        "This delivery has no letter or call sheet: it was sent by email, or its document was"
                                + " deleted (erasure or the retention period)."));
    }

    /** READY letter to POSTED. */
    @Transactional
    public DeliveryView posted(UUID deliveryId) {
        return mark(deliveryId, PaperDocument.Kind.LETTER, DeliveryStatus.POSTED);
    }

    /** READY call sheet to CALLED. */
    @Transactional
    public DeliveryView called(UUID deliveryId) {
        return mark(deliveryId, PaperDocument.Kind.CALL_SHEET, DeliveryStatus.CALLED);
    }

    private DeliveryView mark(UUID deliveryId, PaperDocument.Kind kind, DeliveryStatus done) {
        Delivery d = Delivery.findById(deliveryId);
        if (d == null) {
            throw new UnknownResourceException("No delivery with this id.");
        }
        String held = documents.find(deliveryId).map(DocumentStore.Stored::kind).orElse(null);
        if (d.status != DeliveryStatus.READY || held == null) {
            throw new StateConflictException(
                    "Only a READY letter or call sheet can be marked " + done + "; this delivery is " + d.status + ".");
        }
        if (!kind.name().equals(held)) {
            throw new StateConflictException("This delivery is a "
                    + (kind == PaperDocument.Kind.LETTER ? "call sheet: mark it called" : "letter: mark it posted")
                    + ", not " + done + ".");
        }
        Instant now = Instant.now();
        d.status = done;
        d.sentAt = now;
        d.updatedAt = now;
        return DeliveryView.of(d);
    }
}
