package org.coproduction.notifications.digest.news;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.notifications.delivery.summary.Rendering;

/** Each person's digests already delivered, as {@link DigestNews} needs them; and the key of each digest made. */
@ApplicationScoped
public class DigestHistory {

    /** A digest counts as delivered once sent, or once its letter or call sheet is made. */
    static final String DELIVERED = "('SENT', 'READY', 'POSTED', 'CALLED')";

    private final EntityManager em;

    public DigestHistory(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public Map<UUID, DigestNews.History> of(Collection<UUID> participantIds) {
        Map<UUID, DigestNews.History> history = new HashMap<>();
        if (participantIds.isEmpty()) {
            return history;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select participant_id,
                       (array_agg(content_key order by coalesce(sent_at, updated_at) desc))[1],
                       max(coalesce(sent_at, updated_at)) filter (where content_key = 'NOTE')
                  from delivery
                 where kind = 'DIGEST' and content_key is not null and participant_id in (:ids)
                   and status in """ + DELIVERED + """
                 group by participant_id""")
                .setParameter("ids", participantIds)
                .getResultList();
        for (Object[] row : rows) {
            history.put((UUID) row[0], new DigestNews.History((String) row[1], instant(row[2])));
        }
        return history;
    }

    /** Notes what each digest about to go out holds (counted only once it is delivered). */
    @Transactional
    public void remember(Map<UUID, String> keyByDelivery) {
        keyByDelivery.forEach(
                (deliveryId, key) -> em.createNativeQuery("update delivery set content_key = :key where id = :id")
                        .setParameter("key", key)
                        .setParameter("id", deliveryId)
                        .executeUpdate());
    }

    /** Notes how each digest about to go out was written, for the delivery summary (POST /deliveries/summary). */
    @Transactional
    public void rendered(Map<UUID, Rendering> byDelivery) {
        byDelivery.forEach((deliveryId, r) -> em.createNativeQuery("update delivery set rendered_language = :lang, "
                        + "rendered_format = :format, as_asked = :asked where id = :id")
                .setParameter("lang", r.language())
                .setParameter("format", r.format())
                .setParameter("asked", r.asAsked())
                .setParameter("id", deliveryId)
                .executeUpdate());
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        return (Instant) value;
    }
}
