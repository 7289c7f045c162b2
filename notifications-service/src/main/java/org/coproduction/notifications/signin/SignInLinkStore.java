package org.coproduction.notifications.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * A fresh sign-in link to send: only its delivery, a row of the log like any other (retried, shown, exported and
 * erased with the person's other deliveries). It holds no address and no link: both are taken when the mail is
 * composed (the address the person is registered with, and a link signed then).
 */
@ApplicationScoped
public class SignInLinkStore {

    static final String PERIOD_PREFIX = "SIGN_IN_LINK:";

    private final EntityManager em;

    public SignInLinkStore(EntityManager em) {
        this.em = em;
    }

    /** @return the delivery that sends it */
    @Transactional
    public UUID create(UUID participantId, Instant now) {
        UUID id = UUID.randomUUID();
        Timestamp at = Timestamp.from(now);
        em.createNativeQuery("""
                insert into delivery (id, participant_id, kind, period_key, status, attempts, next_attempt_at,
                                      created_at, updated_at, version)
                values (:id, :participant, 'SIGN_IN_LINK', :period, 'PENDING', 0, :at, :at, :at, 0)""")
                .setParameter("id", id)
                .setParameter("participant", participantId)
                .setParameter("period", PERIOD_PREFIX + id)
                .setParameter("at", at)
                .executeUpdate();
        return id;
    }
}
