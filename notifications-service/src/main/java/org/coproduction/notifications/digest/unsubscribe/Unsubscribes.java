package org.coproduction.notifications.digest.unsubscribe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * People who unsubscribed from digests by the one-click link: they get no digest from then on, whatever their
 * digest frequency in participants-service says (which does not let this service change it). Notices about their
 * sessions still reach them. Kept until erasure.
 */
@ApplicationScoped
public class Unsubscribes {

    private final EntityManager em;

    public Unsubscribes(EntityManager em) {
        this.em = em;
    }

    /** Records the unsubscribe; a second one keeps the first time. */
    @Transactional
    public void unsubscribe(UUID participantId, Instant at) {
        em.createNativeQuery("""
                insert into unsubscribed_participant (participant_id, unsubscribed_at) values (:id, :at)
                on conflict (participant_id) do nothing""")
                .setParameter("id", participantId)
                .setParameter("at", Timestamp.from(at))
                .executeUpdate();
    }

    /** Undoes the unsubscribe (the person chose a digest frequency again); nothing to undo is fine too. */
    @Transactional
    public void cancel(UUID participantId) {
        em.createNativeQuery("delete from unsubscribed_participant where participant_id = :id")
                .setParameter("id", participantId)
                .executeUpdate();
    }

    /** When this person unsubscribed, if they did. */
    @Transactional
    public Optional<Instant> since(UUID participantId) {
        List<?> rows = em.createNativeQuery(
                        "select unsubscribed_at from unsubscribed_participant where participant_id = :id")
                .setParameter("id", participantId)
                .getResultList();
        return rows.stream().findFirst().map(Unsubscribes::instant);
    }

    /** Which of these people unsubscribed. */
    @Transactional
    public Set<UUID> among(Collection<UUID> participantIds) {
        if (participantIds.isEmpty()) {
            return Set.of();
        }
        Set<UUID> found = new HashSet<>();
        for (Object id : em.createNativeQuery(
                        "select participant_id from unsubscribed_participant where participant_id in (:ids)")
                .setParameter("ids", participantIds)
                .getResultList()) {
            found.add((UUID) id);
        }
        return found;
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
