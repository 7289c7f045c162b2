package org.coproduction.notifications.privacy;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import org.coproduction.notifications.config.PrivacyConfig;

/**
 * Keeps personal data no longer than needed: a finished delivery's subject line and errors, and a confirmation
 * mail's address and token, are cleared once the retention period ({@code coproduction.retention
 * .delivery-personal-data}) has passed since it last changed; the rows stay, so every count does. Expired tombstones
 * of erased people go too.
 */
@ApplicationScoped
public class RetentionJob {

    private final EntityManager em;
    private final PrivacyConfig config;
    private final ErasedParticipants erased;

    public RetentionJob(EntityManager em, PrivacyConfig config, ErasedParticipants erased) {
        this.em = em;
        this.config = config;
        this.erased = erased;
    }

    /** What one pass cleared. */
    public record Cleared(int deliveries, int confirmations, int tombstones) {}

    @Scheduled(
            identity = "privacy-retention",
            every = "${notifications.schedule.retention-every}",
            delayed = "60s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        clear(Instant.now());
    }

    /** One pass; public so ops tooling and tests can run one without waiting for the timer. */
    @Transactional
    public Cleared clear(Instant now) {
        Timestamp cutoff = Timestamp.from(now.minus(config.deliveryPersonalData()));
        int confirmations =
                em.createNativeQuery("""
                delete from email_confirmation c using delivery d
                 where d.id = c.delivery_id and d.status in ('SENT', 'FAILED', 'SKIPPED', 'REJECTED', 'UNKNOWN') and d.updated_at < :cutoff""").setParameter("cutoff", cutoff).executeUpdate();
        int deliveries =
                em.createNativeQuery("""
                update delivery set subject = null, last_error = null, version = version + 1
                 where status in ('SENT', 'FAILED', 'SKIPPED', 'REJECTED', 'UNKNOWN', 'READY', 'POSTED', 'CALLED')
                   and updated_at < :cutoff
                   and (subject is not null or last_error is not null)""").setParameter("cutoff", cutoff).executeUpdate();
        // Letters and call sheets (name, address, phone number, what was said) go once the period has passed since
        // they were made, posted or not: an old one is no use to print.
        em.createNativeQuery("delete from delivery_document where created_at < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
        int tombstones = em.createNativeQuery("delete from erased_participant where keep_until <= :now")
                .setParameter("now", Timestamp.from(now))
                .executeUpdate();
        erased.forgetExpired(now);
        return new Cleared(deliveries, confirmations, tombstones);
    }
}
