package org.coproduction.notifications.digest.due;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
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
import org.hibernate.Session;

/**
 * The digest periods in the delivery table: what each person had before, and claiming the periods now due.
 * The unique (participant, period) key makes a period go out once, however many runs or instances find it due.
 */
@ApplicationScoped
public class DuePeriods {

    private final EntityManager em;

    public DuePeriods(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public Map<UUID, LastDigest> lastDigests(Collection<UUID> participantIds) {
        Map<UUID, LastDigest> last = new HashMap<>();
        if (participantIds.isEmpty()) {
            return last;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery("""
                select participant_id,
                       max(period_date),
                       max(content_until) filter (where status in ('SENT', 'READY', 'POSTED', 'CALLED'))
                  from delivery
                 where kind = 'DIGEST' and participant_id in (:ids)
                 group by participant_id""").setParameter("ids", participantIds).getResultList();
        for (Object[] row : rows) {
            last.put((UUID) row[0], new LastDigest(toLocalDate(row[1]), toInstant(row[2])));
        }
        return last;
    }

    /**
     * Inserts one PENDING delivery per due digest for the run; a period someone already claimed is left alone.
     *
     * @return how many were new
     */
    @Transactional
    public int claim(UUID runId, List<NewDigest> digests, Instant now) {
        if (digests.isEmpty()) {
            return 0;
        }
        int[] inserted = {0};
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into delivery (id, participant_id, kind, period_key, period_date, status, attempts,
                                          next_attempt_at, content_since, content_until, run_id, created_at,
                                          updated_at, version)
                    select ?, ?, 'DIGEST', ?, ?, 'PENDING', 0, ?, ?, ?, ?, ?, ?, 0
                     where not ? or not exists (select 1 from delivery
                                                 where run_id = ? and participant_id = ? and kind = 'DIGEST')
                    on conflict (participant_id, period_key) do nothing""")) {
                Timestamp at = Timestamp.from(now);
                for (NewDigest d : digests) {
                    insert.setObject(1, UUID.randomUUID());
                    insert.setObject(2, d.participantId());
                    insert.setString(3, d.periodKeyIn(runId));
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
                    // A forced run planned again (after an outage) makes no extra digest for someone it reached
                    // the first time (then perhaps with their period's key).
                    insert.setBoolean(11, d.periodKey() == null);
                    insert.setObject(12, runId);
                    insert.setObject(13, d.participantId());
                    insert.addBatch();
                }
                for (int count : insert.executeBatch()) {
                    inserted[0] += Math.max(count, 0);
                }
            }
        });
        return inserted[0];
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
