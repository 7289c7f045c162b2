package org.coproduction.notifications.service;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.coproduction.notifications.config.NotificationsConfig;
import org.coproduction.notifications.domain.Backoff;
import org.coproduction.notifications.domain.Delivery;
import org.coproduction.notifications.domain.DeliveryStatus;
import org.hibernate.Session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The delivery table used as a work queue. Each method is one short transaction; nothing is held open while
 * mail is sent. Claims use {@code FOR UPDATE SKIP LOCKED} plus a lease, so concurrent instances never take
 * the same row, and a crashed instance's work comes back when its lease lapses.
 */
@ApplicationScoped
public class DeliveryQueue {

    @Inject
    EntityManager em;

    @Inject
    NotificationsConfig config;

    @Transactional
    public Map<UUID, LastDigest> lastDigests(Collection<UUID> participantIds) {
        Map<UUID, LastDigest> last = new HashMap<>();
        if (participantIds.isEmpty()) {
            return last;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select participant_id,
                       max(period_date),
                       max(content_until) filter (where status = 'SENT')
                  from delivery
                 where kind = 'DIGEST' and participant_id in (:ids)
                 group by participant_id""").setParameter("ids", participantIds).getResultList();
        for (Object[] row : rows) {
            last.put((UUID) row[0], new LastDigest(toLocalDate(row[1]), toInstant(row[2])));
        }
        return last;
    }

    /** Inserts one PENDING row per due person; a period someone already claimed is left alone. */
    @Transactional
    public int insertDigests(UUID runId, List<NewDigest> digests, Instant now) {
        if (digests.isEmpty()) {
            return 0;
        }
        int[] inserted = {0};
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into delivery (id, participant_id, kind, period_key, period_date, status, attempts,
                                          next_attempt_at, content_since, content_until, run_id, created_at,
                                          updated_at, version)
                    values (?, ?, 'DIGEST', ?, ?, 'PENDING', 0, ?, ?, ?, ?, ?, ?, 0)
                    on conflict (participant_id, period_key) do nothing""")) {
                Timestamp at = Timestamp.from(now);
                for (NewDigest d : digests) {
                    insert.setObject(1, UUID.randomUUID());
                    insert.setObject(2, d.participantId());
                    insert.setString(3, d.periodKey());
                    if (d.periodDate() == null) {
                        insert.setNull(4, Types.DATE);
                    } else {
                        insert.setObject(4, d.periodDate());
                    }
                    insert.setTimestamp(5, at);
                    insert.setTimestamp(6, Timestamp.from(d.contentSince()));
                    insert.setTimestamp(7, Timestamp.from(d.contentUntil()));
                    insert.setObject(8, runId);
                    insert.setTimestamp(9, at);
                    insert.setTimestamp(10, at);
                    insert.addBatch();
                }
                for (int count : insert.executeBatch()) {
                    inserted[0] += Math.max(count, 0);
                }
            }
        });
        return inserted[0];
    }

    /**
     * Takes up to {@code limit} deliveries whose attempt was due by {@code dueBy} (or whose claim lapsed) for this
     * instance until the lease ends.
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
        Delivery.update("status = ?1, leaseUntil = ?2, updatedAt = ?3, claimToken = ?4, version = version + 1"
                + " where id in ?5", DeliveryStatus.CLAIMED, now.plus(config.delivery().lease()), now, UUID.randomUUID(), ids);
        return Delivery.<Delivery>list("id in ?1", ids).stream().map(DeliveryWork::of).toList();
    }

    /**
     * Recorded just before handing mail to SMTP (a crash after this leaves the outcome uncertain, see
     * {@link #failInterrupted}). Only deliveries this claim still owns move on, and only those may be sent: if the
     * lease lapsed and another instance took some back, they are theirs now.
     *
     * @return the ids this claim may send
     */
    @Transactional
    public List<UUID> markSending(List<UUID> ids, UUID claimToken, Instant now) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Delivery.update("status = ?1, leaseUntil = ?2, updatedAt = ?3, version = version + 1"
                + " where id in ?4 and status = ?5 and claimToken = ?6",
                DeliveryStatus.SENDING, now.plus(config.delivery().lease()), now, ids, DeliveryStatus.CLAIMED, claimToken);
        return em.createQuery("select d.id from Delivery d where d.id in ?1 and d.status = ?2 and d.claimToken = ?3",
                UUID.class).setParameter(1, ids).setParameter(2, DeliveryStatus.SENDING).setParameter(3, claimToken)
                .getResultList();
    }

    @Transactional
    public void recordSent(List<UUID> ids, UUID claimToken, Instant now) {
        if (!ids.isEmpty()) {
            Delivery.update("status = ?1, sentAt = ?2, attempts = attempts + 1, lastError = null, leaseUntil = null,"
                    + " updatedAt = ?2, version = version + 1 where id in ?3 and status = ?4 and claimToken = ?5",
                    DeliveryStatus.SENT, now, ids, DeliveryStatus.SENDING, claimToken);
        }
    }

    /** A failed attempt: wait with backoff, or FAILED (visible in the log) once the limit is reached. */
    @Transactional
    public DeliveryStatus recordFailure(UUID id, UUID claimToken, String error, Instant now) {
        Delivery d = Delivery.findById(id);
        if (d == null || d.status.isFinal() || !claimToken.equals(d.claimToken)) {
            return d == null ? null : d.status;
        }
        d.attempts++;
        d.lastError = truncate(error);
        d.leaseUntil = null;
        d.updatedAt = now;
        if (d.attempts >= config.delivery().maxAttempts()) {
            d.status = DeliveryStatus.FAILED;
        } else {
            d.status = DeliveryStatus.PENDING;
            d.nextAttemptAt = now.plus(backoff().after(d.attempts));
        }
        return d.status;
    }

    /** Hands claimed work back untouched (a dependency is down): it waits, no attempt is counted. */
    @Transactional
    public void release(List<UUID> ids, UUID claimToken, String reason, Instant now) {
        if (!ids.isEmpty()) {
            Delivery.update("status = ?1, nextAttemptAt = ?2, lastError = ?3, leaseUntil = null, updatedAt = ?4,"
                    + " version = version + 1 where id in ?5 and status = ?6 and claimToken = ?7",
                    DeliveryStatus.PENDING, now.plus(config.delivery().backoffBase()), truncate(reason), now, ids,
                    DeliveryStatus.CLAIMED, claimToken);
        }
    }

    /** Nothing to send (person gone, paused, no address, nothing happened and skipping is on). */
    @Transactional
    public void skip(UUID id, UUID claimToken, String reason, Instant now) {
        Delivery.update("status = ?1, lastError = ?2, leaseUntil = null, updatedAt = ?3, version = version + 1"
                + " where id = ?4 and status = ?5 and claimToken = ?6", DeliveryStatus.SKIPPED, truncate(reason), now, id,
                DeliveryStatus.CLAIMED, claimToken);
    }

    /**
     * A delivery left SENDING past its lease belonged to an instance that stopped mid-send: it may or may not
     * have gone out. It becomes FAILED with that explanation, for a person to retry, rather than risk sending twice.
     */
    @Transactional
    public int failInterrupted(Instant now) {
        return Delivery.update("status = ?1, lastError = ?2, leaseUntil = null, updatedAt = ?3, version = version + 1"
                + " where status = ?4 and leaseUntil < ?3", DeliveryStatus.FAILED,
                "interrupted while sending: it may not have arrived; retry it if the person did not get it",
                now, DeliveryStatus.SENDING);
    }

    Backoff backoff() {
        return new Backoff(config.delivery().backoffBase(), config.delivery().backoffMax());
    }

    static String truncate(String text) {
        if (text == null) {
            return null;
        }
        return text.length() <= 500 ? text : text.substring(0, 497) + "...";
    }

    private static LocalDate toLocalDate(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static Instant toInstant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return (Instant) value;
    }

}
