package org.coproduction.notifications.delivery.claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.coproduction.notifications.config.NotificationsConfig;
import org.coproduction.notifications.domain.Delivery;
import org.coproduction.notifications.domain.DeliveryStatus;
import org.coproduction.notifications.domain.ErrorText;

/**
 * The delivery table used as a work queue: taking work, owning it while it is sent, handing it back. Each method is
 * one short transaction; nothing is held open while other services are asked or mail is sent. Claims use
 * {@code FOR UPDATE SKIP LOCKED} plus a lease, so concurrent instances never take the same row, and a crashed
 * instance's work comes back when its lease lapses. Outcomes are written by the delivery log.
 */
@ApplicationScoped
public class DeliveryQueue {

    private final EntityManager em;
    private final NotificationsConfig config;

    public DeliveryQueue(EntityManager em, NotificationsConfig config) {
        this.em = em;
        this.config = config;
    }

    /**
     * Takes up to {@code limit} deliveries whose attempt was due by {@code dueBy} (or whose claim lapsed) for this
     * instance until the lease ends. Every delivery of one claim carries the same claim token.
     */
    @Transactional
    public List<DeliveryWork> claim(ClaimScope scope, int limit, Instant dueBy, Instant now) {
        var query = em.createNativeQuery("""
                select id from delivery
                 where ((status = 'PENDING' and next_attempt_at <= :due)
                        or (status = 'CLAIMED' and lease_until < :now))""" + scope.sql() + """

                 order by content_since nulls first, next_attempt_at
                 limit :limit
                 for update skip locked""")
                .setParameter("due", Timestamp.from(dueBy))
                .setParameter("now", Timestamp.from(now))
                .setParameter("limit", limit);
        if (scope.value() != null) {
            query.setParameter("scope", scope.value());
        }
        @SuppressWarnings("unchecked")
        List<UUID> ids = query.getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Delivery.update(
                "status = ?1, leaseUntil = ?2, updatedAt = ?3, claimToken = ?4, version = version + 1"
                        + " where id in ?5",
                DeliveryStatus.CLAIMED,
                now.plus(config.delivery().lease()),
                now,
                UUID.randomUUID(),
                ids);
        return Delivery.<Delivery>list("id in ?1", ids).stream()
                .map(DeliveryWork::of)
                .toList();
    }

    /**
     * Recorded just before handing mail to SMTP (a crash after this leaves the outcome uncertain: the delivery log
     * fails such deliveries rather than send twice). Only deliveries this claim still owns move on, and only those
     * may be sent: if the lease lapsed and another instance took some back, they are theirs now.
     *
     * @return the ids this claim may send
     */
    @Transactional
    public List<UUID> markSending(List<UUID> ids, UUID claimToken, Instant now) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Delivery.update(
                "status = ?1, leaseUntil = ?2, updatedAt = ?3, version = version + 1"
                        + " where id in ?4 and status = ?5 and claimToken = ?6",
                DeliveryStatus.SENDING,
                now.plus(config.delivery().lease()),
                now,
                ids,
                DeliveryStatus.CLAIMED,
                claimToken);
        return em.createQuery(
                        "select d.id from Delivery d where d.id in ?1 and d.status = ?2 and d.claimToken = ?3",
                        UUID.class)
                .setParameter(1, ids)
                .setParameter(2, DeliveryStatus.SENDING)
                .setParameter(3, claimToken)
                .getResultList();
    }

    /** Hands claimed work back untouched (a dependency is down): it waits, no attempt is counted. */
    @Transactional
    public void release(List<UUID> ids, UUID claimToken, String reason, Instant now) {
        if (!ids.isEmpty()) {
            Delivery.update(
                    "status = ?1, nextAttemptAt = ?2, lastError = ?3, leaseUntil = null, updatedAt = ?4,"
                            + " version = version + 1 where id in ?5 and status = ?6 and claimToken = ?7",
                    DeliveryStatus.PENDING,
                    now.plus(config.delivery().backoffBase()),
                    ErrorText.fit(reason),
                    now,
                    ids,
                    DeliveryStatus.CLAIMED,
                    claimToken);
        }
    }
}
