package org.coproduction.notifications.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.coproduction.platform.security.TombstoneConfig;

/**
 * Erasing a person (participants-service asks, through its outbox, after deleting their record): in one transaction,
 * everything here that names them goes or is anonymised, and their tombstone is written so their old tokens are
 * refused. Idempotent, and the same for an id this service never heard of.
 *
 * <ul>
 * <li>a confirmation mail not yet sent (address and token): deleted;</li>
 * <li>their unsubscribe from digests (by a digest's link): deleted;</li>
 * <li>the runs that left them out, and why: deleted; a forced run waiting to be planned for them no longer names them;</li>
 * <li>their letters and call sheets: deleted;</li>
 * <li>their waiting deliveries (and letters or calls not yet made): SKIPPED, so nothing more is sent to them;</li>
 * <li>every delivery of theirs: kept, so a digest run's counts stay right, under a fresh random id per row, with
 * its subject line and errors cleared;</li>
 * <li>a notice that went to nobody else: its subject and body cleared (they may have been about them);</li>
 * <li>a coordinators' summary naming them among the people who might need a call: their entry (reasons, last
 * visit) removed; any other notice naming them (as a mentor, mentee or wellbeing contact): their id replaced by the
 * nil UUID, so the notice no longer names anyone there.</li>
 * </ul>
 */
@ApplicationScoped
public class ErasureService {

    static final String ERASED = "[erased]";
    static final String REASON = "participant erased";
    /** Stands in for an erased person named in a notice's facts: never anyone's id, so nobody is named. */
    static final String NOBODY = "00000000-0000-0000-0000-000000000000";

    private final EntityManager em;
    private final ErasedParticipants erased;
    private final TombstoneConfig tombstones;

    public ErasureService(EntityManager em, ErasedParticipants erased, TombstoneConfig tombstones) {
        this.em = em;
        this.erased = erased;
        this.tombstones = tombstones;
    }

    @Transactional
    public void erase(UUID participantId) {
        Instant now = Instant.now();
        Timestamp at = Timestamp.from(now);
        em.createNativeQuery("delete from email_confirmation where participant_id = :id")
                .setParameter("id", participantId)
                .executeUpdate();
        em.createNativeQuery("delete from unsubscribed_participant where participant_id = :id")
                .setParameter("id", participantId)
                .executeUpdate();
        // Letters and call sheets hold their name, address, phone number and what was said: deleted; one not yet
        // posted or called is no longer waiting for anyone (SKIPPED below).
        em.createNativeQuery("delete from delivery_document where participant_id = :id")
                .setParameter("id", participantId)
                .executeUpdate();
        em.createNativeQuery("delete from run_skip where participant_id = :id")
                .setParameter("id", participantId)
                .executeUpdate();
        // A forced run waiting to be planned again keeps whom it was for: not them any more, and a run left for
        // nobody is closed (an empty list would otherwise read as "everyone").
        em.createNativeQuery("""
                update digest_run
                   set requested_ids = array_to_string(array_remove(string_to_array(requested_ids, ','), :id), ','),
                       version = version + 1
                 where position(:id in requested_ids) > 0""").setParameter("id", participantId.toString()).executeUpdate();
        em.createNativeQuery("""
                update digest_run
                   set requested_ids = null, replan = false, status = 'FINISHED', finished_at = :at,
                       error = 'everyone it was asked for was erased', version = version + 1
                 where requested_ids = ''""").setParameter("at", at).executeUpdate();
        em.createNativeQuery("""
                update notice n set subject = :erased, body = :erased, idempotency_key = null,
                                    session_details = null, previous_details = null, reason = null,
                                    care_facts = null,
                                    version = n.version + 1
                 where n.id in (select d.notice_id from delivery d where d.participant_id = :id)
                   and not exists (select 1 from delivery o where o.notice_id = n.id and o.participant_id <> :id)""")
                .setParameter("erased", ERASED)
                .setParameter("id", participantId)
                .executeUpdate();
        em.createNativeQuery("""
                update notice set care_facts = jsonb_set(care_facts::jsonb, '{engagement,people}',
                           coalesce((select jsonb_agg(p)
                                       from jsonb_array_elements(care_facts::jsonb -> 'engagement' -> 'people') p
                                      where p ->> 'participantId' <> :id), '[]'::jsonb))::text,
                                  version = version + 1
                 where position(:id in care_facts) > 0
                   and jsonb_typeof(care_facts::jsonb -> 'engagement' -> 'people') = 'array'""").setParameter("id", participantId.toString()).executeUpdate();
        em.createNativeQuery("""
                update notice set care_facts = replace(care_facts, :id, :nobody),
                                  session_details = replace(session_details, :id, :nobody),
                                  previous_details = replace(previous_details, :id, :nobody),
                                  version = version + 1
                 where position(:id in concat(care_facts, session_details, previous_details)) > 0""")
                .setParameter("id", participantId.toString())
                .setParameter("nobody", NOBODY)
                .executeUpdate();
        em.createNativeQuery("""
                update delivery set status = 'SKIPPED', lease_until = null, claim_token = null
                 where participant_id = :id and status in ('PENDING', 'CLAIMED', 'SENDING', 'READY')""").setParameter("id", participantId).executeUpdate();
        em.createNativeQuery("""
                update delivery set participant_id = gen_random_uuid(), subject = null,
                                    last_error = case when status = 'SENT' then null else :reason end,
                                    updated_at = :at, version = version + 1
                 where participant_id = :id""")
                .setParameter("reason", REASON)
                .setParameter("at", at)
                .setParameter("id", participantId)
                .executeUpdate();
        em.createNativeQuery("""
                insert into erased_participant (tombstone, keep_until) values (:tombstone, :until)
                on conflict (tombstone) do update
                   set keep_until = greatest(erased_participant.keep_until, excluded.keep_until)""")
                .setParameter("tombstone", erased.tombstone(participantId))
                .setParameter("until", Timestamp.from(now.plus(tombstones.keep())))
                .executeUpdate();
    }
}
