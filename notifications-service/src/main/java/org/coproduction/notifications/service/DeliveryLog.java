package org.coproduction.notifications.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.coproduction.notifications.domain.Delivery;
import org.coproduction.notifications.domain.DeliveryKind;
import org.coproduction.notifications.domain.DeliveryStatus;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Reading the delivery log and asking for a delivery to be tried again. */
@ApplicationScoped
public class DeliveryLog {

    @Transactional
    public PageOf<DeliveryView> list(UUID participantId, DeliveryStatus status, DeliveryKind kind, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (participantId != null) {
            where.add("participantId = :participant");
            params.and("participant", participantId);
        }
        if (status != null) {
            where.add("status = :status");
            params.and("status", status);
        }
        if (kind != null) {
            where.add("kind = :kind");
            params.and("kind", kind);
        }
        Sort order = Sort.descending("createdAt").and("id");
        var found = where.isEmpty() ? Delivery.<Delivery>findAll(order)
                : Delivery.<Delivery>find(String.join(" and ", where), order, params.map());
        long total = found.count();
        List<DeliveryView> items = found.page(Page.of(page, size)).list().stream().map(DeliveryView::of).toList();
        return new PageOf<>(items, page, size, total);
    }

    @Transactional
    public DeliveryView find(UUID id) {
        Delivery d = Delivery.findById(id);
        if (d == null) {
            throw new UnknownIdException("no delivery " + id);
        }
        return DeliveryView.of(d);
    }

    /** FAILED, SKIPPED or still waiting: due now, with a fresh allowance of attempts. SENT or in flight: 409. */
    @Transactional
    public DeliveryView requeue(UUID id) {
        Delivery d = Delivery.findById(id);
        if (d == null) {
            throw new UnknownIdException("no delivery " + id);
        }
        switch (d.status) {
            case SENT -> throw new StateConflictException("delivery " + id + " was already sent at " + d.sentAt);
            case CLAIMED, SENDING -> throw new StateConflictException("delivery " + id + " is being sent right now");
            default -> {
                Instant now = Instant.now();
                d.status = DeliveryStatus.PENDING;
                d.attempts = 0;
                d.nextAttemptAt = now;
                d.updatedAt = now;
            }
        }
        return DeliveryView.of(d);
    }
}
