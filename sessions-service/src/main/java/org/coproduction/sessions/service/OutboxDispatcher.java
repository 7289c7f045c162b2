package org.coproduction.sessions.service;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coproduction.platform.tracing.TraceContexts;
import org.coproduction.sessions.client.Notice;
import org.coproduction.sessions.client.NotificationsClient;
import org.coproduction.sessions.config.OutboxConfig;
import org.coproduction.sessions.domain.NoticeStatus;
import org.coproduction.sessions.domain.OutboxNotice;
import org.jboss.logging.Logger;

/**
 * Hands pending notices to notifications-service: claim, send, record. Each notice is claimed with FOR UPDATE SKIP
 * LOCKED and a lease, so several replicas never send the same one at once, and sent with no transaction open and
 * its id as Idempotency-Key, so a retry after a lost answer is not sent twice. A failure is kept with its attempt count and retried with doubling
 * backoff, never dropped.
 */
@ApplicationScoped
public class OutboxDispatcher {
    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class);
    /** Longer than one call to notifications-service may take (its timeout is 5 s), with room to spare. */
    static final Duration CLAIM_LEASE = Duration.ofMinutes(2);

    private final EntityManager em;
    private final NotificationsClient notifications;
    private final OutboxConfig config;
    private final Tracer tracer;
    private final OutboxMetrics metrics;

    public OutboxDispatcher(
            EntityManager em,
            NotificationsClient notifications,
            OutboxConfig config,
            Tracer tracer,
            OutboxMetrics metrics) {
        this.em = em;
        this.notifications = notifications;
        this.config = config;
        this.tracer = tracer;
        this.metrics = metrics;
    }

    /**
     * Invitees hear at once: right after the cancelling or moving transaction commits, a worker thread sends
     * the notice (the coordinator's request does not wait for it). If that fails, the schedule retries.
     */
    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) NoticeQueued event) {
        if (config.sendOnCommit()) {
            Infrastructure.getDefaultWorkerPool().execute(this::dispatchDue);
        }
    }

    @Scheduled(
            every = "${sessions.outbox.every}",
            identity = "notice-outbox",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        dispatchDue();
    }

    /** Sends what is due, up to one batch; returns how many notices were tried. */
    public int dispatchDue() {
        int tried = 0;
        while (tried < config.batchSize()) {
            Optional<Claimed> next = QuarkusTransaction.requiringNew().call(this::claimNext);
            if (next.isEmpty()) {
                break;
            }
            send(next.get());
            tried++;
        }
        return tried;
    }

    /**
     * A notice taken for sending, with what the call needs, read inside the claiming transaction, and the trace of
     * the request that queued it.
     */
    record Claimed(UUID id, Notice notice, String traceparent) {}

    /**
     * Claims the next due notice: under FOR UPDATE SKIP LOCKED its next attempt moves a lease ahead, so no other
     * replica takes it while it is being sent, and the row lock ends with this short transaction.
     */
    Optional<Claimed> claimNext() {
        @SuppressWarnings("unchecked")
        List<OutboxNotice> due = em.createNativeQuery(
                        "select * from notice_outbox where status = 'PENDING' "
                                + "and next_attempt_at <= :now order by next_attempt_at, created_at limit 1 "
                                + "for update skip locked",
                        OutboxNotice.class)
                .setParameter("now", Instant.now())
                .getResultList();
        if (due.isEmpty()) {
            return Optional.empty();
        }
        OutboxNotice n = due.get(0);
        n.nextAttemptAt = Instant.now().plus(CLAIM_LEASE);
        // A row stored before notices carried facts has its subject and body: sent as they are.
        return Optional.of(new Claimed(
                n.id,
                new Notice(
                        new ArrayList<>(n.recipients),
                        n.kind.name(),
                        n.subject,
                        n.body,
                        n.sessionId,
                        NoticeOutbox.read(n.sessionFacts),
                        NoticeOutbox.read(n.previousFacts),
                        n.reason,
                        NoticeOutbox.readFollowUp(n.followUpFacts),
                        NoticeOutbox.readEngagement(n.engagementFacts)),
                n.traceparent));
    }

    /**
     * Calls notifications-service with no transaction open, then records the outcome in a new one. If this
     * replica stops in between, the lease runs out and the notice is sent again with the same Idempotency-Key,
     * which notifications-service answers without sending twice.
     */
    void send(Claimed claimed) {
        RuntimeException failure = null;
        // A child of the request that queued the notice, current while notifications-service is called, so the
        // REST client's span and the traceparent it sends continue that request's trace. Ids and kind only.
        Span span = tracer.spanBuilder("notice-outbox send")
                .setParent(TraceContexts.parentFrom(claimed.traceparent()))
                .setSpanKind(SpanKind.INTERNAL)
                .setAttribute("coproduction.notice.id", claimed.id().toString())
                .setAttribute("coproduction.notice.kind", claimed.notice().kind())
                .startSpan();
        try (Scope ignored = span.makeCurrent()) {
            notifications.send(claimed.id(), claimed.notice());
        } catch (RuntimeException e) {
            failure = e;
            // The type only: a message can quote what the notice says about people.
            span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
        } finally {
            span.end();
        }
        RuntimeException outcome = failure;
        QuarkusTransaction.requiringNew().run(() -> record(claimed.id(), outcome));
        metrics.dispatched(failure == null);
    }

    private void record(UUID id, RuntimeException failure) {
        OutboxNotice n = OutboxNotice.findById(id);
        if (n == null) {
            // Its only recipient was erased while it was being sent: nothing is left to record.
            return;
        }
        if (failure == null) {
            n.status = NoticeStatus.SENT;
            n.sentAt = Instant.now();
            n.lastError = null;
            return;
        }
        n.attempts++;
        n.nextAttemptAt = Instant.now().plus(backoff(n.attempts));
        n.lastError = describe(failure);
        // Ids and counts only: the subject and body may say things about people.
        LOG.warnf(
                "Notice %s not delivered (attempt %d, next at %s): %s", n.id, n.attempts, n.nextAttemptAt, n.lastError);
    }

    Duration backoff(int attempts) {
        Duration wait = config.firstBackoff();
        for (int i = 1; i < attempts && wait.compareTo(config.maxBackoff()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : wait;
    }

    private static String describe(RuntimeException e) {
        String text = e instanceof NotificationsClient.Unavailable down
                ? down.reason()
                : e.getClass().getSimpleName();
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
