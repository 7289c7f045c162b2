package org.coproduction.sessions.service;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.coproduction.sessions.client.Notice;
import org.coproduction.sessions.client.NotificationsClient;
import org.coproduction.sessions.config.OutboxConfig;
import org.coproduction.sessions.domain.NoticeStatus;
import org.coproduction.sessions.domain.OutboxNotice;
import org.jboss.logging.Logger;

/**
 * Hands pending notices to notifications-service. Each notice is claimed with FOR UPDATE SKIP LOCKED, so
 * several replicas never send the same one at once, and sent with its id as Idempotency-Key, so a retry after
 * a lost answer is not sent twice. A failure is kept with its attempt count and retried with doubling
 * backoff, never dropped.
 */
@ApplicationScoped
public class OutboxDispatcher {
    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class);

    private final EntityManager em;
    private final NotificationsClient notifications;
    private final OutboxConfig config;

    public OutboxDispatcher(EntityManager em, NotificationsClient notifications, OutboxConfig config) {
        this.em = em;
        this.notifications = notifications;
        this.config = config;
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

    @Scheduled(every = "${sessions.outbox.every}", identity = "notice-outbox",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        dispatchDue();
    }

    /** Sends what is due, up to one batch; returns how many notices were tried. */
    public int dispatchDue() {
        int tried = 0;
        while (tried < config.batchSize() && sendNext()) {
            tried++;
        }
        return tried;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean sendNext() {
        @SuppressWarnings("unchecked")
        List<OutboxNotice> due = em.createNativeQuery("select * from notice_outbox where status = 'PENDING' "
                        + "and next_attempt_at <= :now order by next_attempt_at, created_at limit 1 "
                        + "for update skip locked", OutboxNotice.class)
                .setParameter("now", Instant.now())
                .getResultList();
        if (due.isEmpty()) {
            return false;
        }
        OutboxNotice n = due.get(0);
        try {
            notifications.send(n.id, new Notice(new ArrayList<>(n.recipients), n.kind.name(), n.subject, n.body,
                    n.sessionId));
            n.status = NoticeStatus.SENT;
            n.sentAt = Instant.now();
            n.lastError = null;
        } catch (RuntimeException e) {
            n.attempts++;
            n.nextAttemptAt = Instant.now().plus(backoff(n.attempts));
            n.lastError = describe(e);
            // Ids and counts only: the subject and body may say things about people.
            LOG.warnf("Notice %s not delivered (attempt %d, next at %s): %s", n.id, n.attempts, n.nextAttemptAt,
                    n.lastError);
        }
        return true;
    }

    Duration backoff(int attempts) {
        Duration wait = config.firstBackoff();
        for (int i = 1; i < attempts && wait.compareTo(config.maxBackoff()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : wait;
    }

    private static String describe(RuntimeException e) {
        String text = e instanceof NotificationsClient.Unavailable down ? down.reason() : e.getClass().getSimpleName();
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
