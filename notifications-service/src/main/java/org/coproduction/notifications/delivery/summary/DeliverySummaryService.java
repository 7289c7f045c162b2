package org.coproduction.notifications.delivery.summary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Reads the digests of some people over a period, in one query, and summarises how they reached them. */
@ApplicationScoped
public class DeliverySummaryService {
    /** Sent, or its letter or call sheet made (and perhaps posted or made since). */
    static final Set<String> DELIVERED = Set.of("SENT", "READY", "POSTED", "CALLED");

    private final EntityManager em;

    public DeliverySummaryService(EntityManager em) {
        this.em = em;
    }

    /** Digests that fell due in [from, to); one skipped for having nothing to say is left out. */
    @Transactional
    public DeliverySummaryRules.Summary summarise(List<UUID> participantIds, Instant from, Instant to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select participant_id, content_until, status, "
                        + "coalesce(ready_at, sent_at), as_asked from delivery where kind = 'DIGEST' "
                        + "and participant_id in (:ids) and content_until >= :from and content_until < :to "
                        + "and status <> 'SKIPPED'")
                .setParameter("ids", participantIds)
                .setParameter("from", Timestamp.from(from))
                .setParameter("to", Timestamp.from(to))
                .getResultList();
        List<DigestOutcome> digests = new ArrayList<>();
        for (Object[] row : rows) {
            boolean delivered = DELIVERED.contains((String) row[2]);
            digests.add(new DigestOutcome(
                    (UUID) row[0], instant(row[1]), delivered ? instant(row[3]) : null, (Boolean) row[4]));
        }
        return DeliverySummaryRules.summarise(digests);
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
