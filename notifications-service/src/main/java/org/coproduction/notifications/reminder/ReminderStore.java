package org.coproduction.notifications.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/** Writes reminders into the delivery queue, once each: a second instance planning the same one inserts nothing. */
@ApplicationScoped
public class ReminderStore {

    private final EntityManager em;

    public ReminderStore(EntityManager em) {
        this.em = em;
    }

    /**
     * @return the new delivery's id, or null when this person already has this reminder (planned by this instance
     *     earlier or by another one at the same moment: the unique key decides, not a read before the write)
     */
    @Transactional
    public UUID create(UUID participantId, ReminderKey key, Instant now) {
        UUID id = UUID.randomUUID();
        int inserted = em.createNativeQuery("""
                        insert into delivery (id, participant_id, kind, period_key, status, attempts, next_attempt_at,
                                              created_at, updated_at, version)
                        values (:id, :participant, 'REMINDER', :key, 'PENDING', 0, :now, :now, :now, 0)
                        on conflict (participant_id, period_key) do nothing
                        """)
                .setParameter("id", id)
                .setParameter("participant", participantId)
                .setParameter("key", key.periodKey())
                .setParameter("now", now)
                .executeUpdate();
        return inserted == 1 ? id : null;
    }
}
