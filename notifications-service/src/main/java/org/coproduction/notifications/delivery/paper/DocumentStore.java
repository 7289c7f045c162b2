package org.coproduction.notifications.delivery.paper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The documents of deliveries made on paper: stored as the delivery becomes READY, read back for printing. */
@ApplicationScoped
public class DocumentStore {

    private final EntityManager em;

    public DocumentStore(EntityManager em) {
        this.em = em;
    }

    /** One stored document, as read back. */
    public record Stored(
            UUID deliveryId, String kind, String mediaType, String fileName, byte[] content, String html) {}

    /**
     * Stores each document and makes its delivery READY, only where this claim still holds the delivery (a claim whose
     * lease lapsed leaves it to the instance that has it now). A delivery made again (retried) gets a fresh document.
     *
     * @return the deliveries made READY
     */
    @Transactional
    public int ready(List<PaperDocument> documents, UUID claimToken, Instant now) {
        int made = 0;
        Timestamp at = Timestamp.from(now);
        for (PaperDocument d : documents) {
            int updated = em.createNativeQuery("""
                    update delivery set status = 'READY', attempts = attempts + 1, last_error = null, lease_until = null,
                                        updated_at = :at, ready_at = :at, version = version + 1
                     where id = :id and status = 'CLAIMED' and claim_token = :claim""")
                    .setParameter("at", at)
                    .setParameter("id", d.deliveryId())
                    .setParameter("claim", claimToken)
                    .executeUpdate();
            if (updated == 0) {
                continue;
            }
            em.createNativeQuery("""
                    insert into delivery_document (delivery_id, participant_id, kind, media_type, file_name, content,
                                                   html, created_at)
                    values (:id, :person, :kind, :type, :file, :content, :html, :at)
                    on conflict (delivery_id) do update
                       set kind = excluded.kind, media_type = excluded.media_type, file_name = excluded.file_name,
                           content = excluded.content, html = excluded.html, created_at = excluded.created_at""")
                    .setParameter("id", d.deliveryId())
                    .setParameter("person", d.participantId())
                    .setParameter("kind", d.kind().name())
                    .setParameter("type", d.mediaType())
                    .setParameter("file", d.fileName())
                    .setParameter("content", d.content())
                    .setParameter("html", d.html())
                    .setParameter("at", at)
                    .executeUpdate();
            made++;
        }
        return made;
    }

    @Transactional
    public Optional<Stored> find(UUID deliveryId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery("""
                select delivery_id, kind, media_type, file_name, content, html
                  from delivery_document where delivery_id = :id""").setParameter("id", deliveryId).getResultList();
        return rows.stream()
                .findFirst()
                .map(r -> new Stored(
                        (UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (byte[]) r[4], (String) r[5]));
    }
}
