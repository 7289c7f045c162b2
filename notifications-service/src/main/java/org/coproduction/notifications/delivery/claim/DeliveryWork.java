package org.coproduction.notifications.delivery.claim;

import java.time.Instant;
import java.util.UUID;
import org.coproduction.notifications.domain.Delivery;
import org.coproduction.notifications.domain.DeliveryKind;

/** A claimed delivery, detached from the database while it is prepared and sent. */
public record DeliveryWork(
        UUID id,
        UUID participantId,
        DeliveryKind kind,
        String periodKey,
        int attempts,
        Instant contentSince,
        Instant contentUntil,
        UUID noticeId,
        UUID claimToken,
        String traceparent) {

    static DeliveryWork of(Delivery d) {
        return new DeliveryWork(
                d.id,
                d.participantId,
                d.kind,
                d.periodKey,
                d.attempts,
                d.contentSince,
                d.contentUntil,
                d.noticeId,
                d.claimToken,
                d.traceparent);
    }
}
