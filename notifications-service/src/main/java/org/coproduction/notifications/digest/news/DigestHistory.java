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

    /** Rows per UPDATE: 5 parameters each stays far below PostgreSQL's 32,767 bind parameters. */
    static final int ROWS_PER_STATEMENT = 500;

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

    /**
     * Notes what each digest about to go out holds (counted only once it is delivered) and how it was written (for
     * the delivery summary, POST /deliveries/summary): one statement per slice of a batch, not one per digest.
     */
    @Transactional
    public void noted(Map<UUID, String> keyByDelivery, Map<UUID, Rendering> renderingByDelivery) {
        List<UUID> ids = keyByDelivery.keySet().stream()
                .filter(renderingByDelivery::containsKey)
                .toList();
        for (int from = 0; from < ids.size(); from += ROWS_PER_STATEMENT) {
            List<UUID> slice = ids.subList(from, Math.min(ids.size(), from + ROWS_PER_STATEMENT));
            StringBuilder values = new StringBuilder();
            for (int i = 0; i < slice.size(); i++) {
                values.append(i == 0 ? "" : ", ")
                        .append("(cast(:id")
                        .append(i)
                        .append(" as uuid), cast(:key")
                        .append(i)
                        .append(" as varchar), cast(:lang")
                        .append(i)
                        .append(" as varchar), cast(:format")
                        .append(i)
                        .append(" as varchar), cast(:asked")
                        .append(i)
                        .append(" as boolean))");
            }
            var update = em.createNativeQuery("update delivery d set content_key = v.content_key,"
                    + " rendered_language = v.lang, rendered_format = v.format, as_asked = v.asked from (values "
                    + values
                    + ") as v (id, content_key, lang, format, asked) where d.id = v.id");
            for (int i = 0; i < slice.size(); i++) {
                UUID id = slice.get(i);
                Rendering r = renderingByDelivery.get(id);
                update.setParameter("id" + i, id)
                        .setParameter("key" + i, keyByDelivery.get(id))
                        .setParameter("lang" + i, r.language())
                        .setParameter("format" + i, r.format())
                        .setParameter("asked" + i, r.asAsked());
            }
            update.executeUpdate();
        }
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
