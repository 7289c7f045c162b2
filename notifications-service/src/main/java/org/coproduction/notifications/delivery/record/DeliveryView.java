package org.coproduction.notifications.delivery.record;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.coproduction.notifications.domain.Delivery;

/** One line of the delivery log as ops see it (no content: bodies are never exposed or logged). */
public record DeliveryView(
        UUID id,
        UUID participantId,
        String kind,
        String period,
        LocalDate periodDate,
        String status,
        int attempts,
        String lastError,
        Instant nextAttemptAt,
        Instant sentAt,
        UUID runId,
        UUID noticeId,
        Instant createdAt,
        Instant updatedAt) {

    static DeliveryView of(Delivery d) {
        return new DeliveryView(
                d.id,
                d.participantId,
                d.kind.name(),
                d.periodKey,
                d.periodDate,
                d.status.name(),
                d.attempts,
                d.lastError,
                d.status.isFinal() ? null : d.nextAttemptAt,
                d.sentAt,
                d.runId,
                d.noticeId,
                d.createdAt,
                d.updatedAt);
    }
}
