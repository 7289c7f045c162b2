package org.coproduction.notifications.confirm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A confirmation mail to send: its delivery (the row in the log, with no address) and, beside it until it is sent,
 * the address and token. The same token for the same person again is the same request (a retried call sends once).
 */
@ApplicationScoped
public class EmailConfirmationStore {

    static final String PERIOD_PREFIX = "EMAIL_CONFIRMATION:";

    private final EntityManager em;

    public EmailConfirmationStore(EntityManager em) {
        this.em = em;
    }

    /** @return the delivery that sends it (the existing one when this token was asked for before) */
    @Transactional
    public UUID create(UUID participantId, String address, String token, String language, Instant now) {
        // A key of the request, not the token: the log never holds the token itself.
        String periodKey = PERIOD_PREFIX + UUID.nameUUIDFromBytes(token.getBytes(StandardCharsets.UTF_8));
        UUID id = UUID.randomUUID();
        Timestamp at = Timestamp.from(now);
        @SuppressWarnings("unchecked")
        List<UUID> inserted = em.createNativeQuery("""
                insert into delivery (id, participant_id, kind, period_key, status, attempts, next_attempt_at,
                                      created_at, updated_at, version)
                values (:id, :participant, 'EMAIL_CONFIRMATION', :period, 'PENDING', 0, :at, :at, :at, 0)
                on conflict (participant_id, period_key) do nothing
                returning id""")
                .setParameter("id", id)
                .setParameter("participant", participantId)
                .setParameter("period", periodKey)
                .setParameter("at", at)
                .getResultList();
        if (inserted.isEmpty()) {
            return em.createQuery(
                            "select d.id from Delivery d where d.participantId = ?1 and d.periodKey = ?2", UUID.class)
                    .setParameter(1, participantId)
                    .setParameter(2, periodKey)
                    .getSingleResult();
        }
        em.createNativeQuery("""
                insert into email_confirmation (delivery_id, participant_id, address, token, language, created_at)
                values (:id, :participant, :address, :token, :language, :at)""")
                .setParameter("id", id)
                .setParameter("participant", participantId)
                .setParameter("address", address)
                .setParameter("token", token)
                .setParameter("language", language)
                .setParameter("at", at)
                .executeUpdate();
        return id;
    }
}
