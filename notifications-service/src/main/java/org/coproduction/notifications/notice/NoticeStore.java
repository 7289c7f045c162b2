package org.coproduction.notifications.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coproduction.notifications.domain.Delivery;
import org.coproduction.notifications.domain.DeliveryKind;
import org.coproduction.notifications.domain.DeliveryStatus;
import org.coproduction.notifications.domain.Notice;
import org.coproduction.notifications.domain.NoticeKind;
import org.coproduction.platform.tracing.TraceContexts;

/** Notices and their deliveries, written together in one transaction. The pipeline reads them back on its own. */
@ApplicationScoped
public class NoticeStore {

    /** A stored notice, with the hash of what was asked (null for notices stored before issue 12). */
    public record Accepted(UUID id, long deliveries, String requestHash) {

        public Accepted(UUID id, long deliveries) {
            this(id, deliveries, null);
        }
    }

    @Transactional
    public Optional<Accepted> findByKey(String idempotencyKey) {
        return Notice.<Notice>find("idempotencyKey", idempotencyKey)
                .firstResultOptional()
                .map(n -> new Accepted(n.id, Delivery.count("noticeId", n.id), n.requestHash));
    }

    /** A notice whose subject and body the caller wrote. */
    @Transactional
    public Accepted create(
            String idempotencyKey,
            NoticeKind kind,
            String subject,
            String body,
            UUID sessionId,
            List<UUID> participantIds,
            String requestHash) {
        return create(
                idempotencyKey,
                kind,
                subject,
                body,
                sessionId,
                participantIds,
                NoticeService.SessionFacts.NONE,
                requestHash);
    }

    /** A notice with a session's facts, written per reader when it is sent (subject and body may be null). */
    @Transactional
    public Accepted create(
            String idempotencyKey,
            NoticeKind kind,
            String subject,
            String body,
            UUID sessionId,
            List<UUID> participantIds,
            NoticeService.SessionFacts facts,
            String requestHash) {
        Instant now = Instant.now();
        String traceparent = TraceContexts.currentTraceparent();
        Notice notice = new Notice();
        notice.id = UUID.randomUUID();
        notice.idempotencyKey = idempotencyKey;
        notice.kind = kind;
        notice.subject = subject;
        notice.body = body;
        notice.sessionId = sessionId;
        notice.sessionDetails = SessionDetailsJson.write(facts.session());
        notice.previousDetails = SessionDetailsJson.write(facts.previous());
        notice.reason = facts.reason();
        notice.careFacts = CareFactsJson.write(facts.care());
        notice.requestHash = requestHash;
        notice.createdAt = now;
        notice.persist();
        // A person named twice still gets one message.
        for (UUID participantId : new LinkedHashSet<>(participantIds)) {
            Delivery d = new Delivery();
            d.id = UUID.randomUUID();
            d.participantId = participantId;
            d.kind = DeliveryKind.NOTICE;
            d.periodKey = "NOTICE:" + notice.id;
            d.status = DeliveryStatus.PENDING;
            d.nextAttemptAt = now;
            d.noticeId = notice.id;
            // The request's trace (sessions-service's outbox call continues the coordinator's), for the sender.
            d.traceparent = traceparent;
            d.createdAt = now;
            d.updatedAt = now;
            d.persist();
        }
        // Flush here so a duplicate idempotency key fails inside this call, where the caller can handle it.
        Notice.flush();
        return new Accepted(notice.id, new LinkedHashSet<>(participantIds).size(), requestHash);
    }
}
