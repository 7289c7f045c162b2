package org.coproduction.notifications.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.notifications.delivery.DeliveryPipeline;
import org.coproduction.notifications.delivery.Workers;
import org.coproduction.notifications.delivery.claim.ClaimScope;
import org.coproduction.notifications.domain.NoticeKind;

/** Accepts an immediate notice once per idempotency key and sends it in the background. */
@ApplicationScoped
public class NoticeService {

    private final NoticeStore store;
    private final DeliveryPipeline pipeline;
    private final Workers workers;

    public NoticeService(NoticeStore store, DeliveryPipeline pipeline, Workers workers) {
        this.store = store;
        this.pipeline = pipeline;
        this.workers = workers;
    }

    public NoticeStore.Accepted accept(
            String idempotencyKey,
            NoticeKind kind,
            String subject,
            String body,
            UUID sessionId,
            List<UUID> participantIds) {
        if (idempotencyKey != null) {
            var earlier = store.findByKey(idempotencyKey);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        NoticeStore.Accepted accepted;
        try {
            accepted = store.create(idempotencyKey, kind, subject, body, sessionId, participantIds);
        } catch (PersistenceException e) {
            // Two calls with the same key at the same moment: the other one won; answer with its notice.
            if (idempotencyKey == null) {
                throw e;
            }
            return store.findByKey(idempotencyKey).orElseThrow(() -> e);
        }
        workers.submit("notice " + accepted.id(), () -> pipeline.drain(ClaimScope.notice(accepted.id()), Map.of()));
        return accepted;
    }
}
