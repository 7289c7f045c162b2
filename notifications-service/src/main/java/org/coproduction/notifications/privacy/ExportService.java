package org.coproduction.notifications.privacy;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.coproduction.notifications.digest.unsubscribe.Unsubscribes;
import org.coproduction.notifications.domain.Delivery;

/** A person's part of their export: every delivery to them, oldest first (an unknown id has none), and when they unsubscribed from digests. */
@ApplicationScoped
public class ExportService {

    private final Unsubscribes unsubscribes;
    private final jakarta.persistence.EntityManager em;

    public ExportService(Unsubscribes unsubscribes, jakarta.persistence.EntityManager em) {
        this.unsubscribes = unsubscribes;
        this.em = em;
    }

    private List<NotificationsExport.LeftOutOfRun> leftOut(UUID participantId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select s.run_id, s.reason, r.created_at from run_skip s join digest_run r on r.id = s.run_id"
                                + " where s.participant_id = :id order by r.created_at, s.run_id")
                .setParameter("id", participantId)
                .getResultList();
        return rows.stream()
                .map(row -> new NotificationsExport.LeftOutOfRun((UUID) row[0], (String) row[1], instant(row[2])))
                .toList();
    }

    /** A timestamptz as the JDBC driver and Hibernate hand it back (the type differs between versions). */
    private static java.time.Instant instant(Object value) {
        if (value instanceof java.time.Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }

    @Transactional
    public NotificationsExport export(UUID participantId) {
        return new NotificationsExport(
                Delivery.<Delivery>list("participantId", Sort.ascending("createdAt", "id"), participantId).stream()
                        .map(ExportedDelivery::of)
                        .toList(),
                unsubscribes.since(participantId).orElse(null),
                leftOut(participantId),
                documents(participantId));
    }

    private List<NotificationsExport.Document> documents(UUID participantId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery("""
                        select c.delivery_id, c.kind, d.status, c.created_at,
                               case when d.status in ('POSTED', 'CALLED') then d.sent_at end
                          from delivery_document c join delivery d on d.id = c.delivery_id
                         where c.participant_id = :id order by c.created_at, c.delivery_id""").setParameter("id", participantId).getResultList();
        return rows.stream()
                .map(row -> new NotificationsExport.Document(
                        (UUID) row[0],
                        (String) row[1],
                        (String) row[2],
                        instant(row[3]),
                        row[4] == null ? null : instant(row[4])))
                .toList();
    }
}
