package org.coproduction.sessions.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.coproduction.platform.security.TombstoneConfig;
import org.coproduction.platform.security.Tombstones;
import org.coproduction.sessions.api.ErasureRequest;
import org.jboss.logging.Logger;

/**
 * Erases everything this service holds that names a participant, when participants-service asks (its erasure
 * outbox calls {@code POST /erasures} until it gets a 204). In one transaction: their memberships, coordinator
 * places, check-ins, invitations, attendance, follow-ups, the comments on their answers to proposals (answers to decided proposals stay as anonymous counts; to open ones they go) and place among a notice's recipients go; their payment
 * lines stay for finance under their payee pseudonym alone; and they are no
 * longer a session's wellbeing contact; an action they owned stays for everyone else with no owner;
 * and a tombstone (a keyed hash of the id, never the id) is written so their old tokens are refused until they would
 * have expired anyway. Projects and sessions keep working for everyone else. Asking again changes nothing.
 */
@ApplicationScoped
public class ErasureService {
    private static final Logger LOG = Logger.getLogger(ErasureService.class);

    private final EntityManager em;
    private final TombstoneConfig tombstones;
    private final RequestValidator validator;

    public ErasureService(EntityManager em, TombstoneConfig tombstones, RequestValidator validator) {
        this.em = em;
        this.tombstones = tombstones;
        this.validator = validator;
    }

    @Transactional
    public void erase(ErasureRequest request) {
        erase(validator.check(request).participantId());
    }

    @Transactional
    public void erase(UUID participantId) {
        Instant now = Instant.now();
        // Versions first, so anyone holding an ETag of a project or session that changes here gets a 412, not a
        // silent overwrite that would put the person back.
        em.createNativeQuery("update project set version = version + 1, updated_at = :now "
                        + "where id in (select project_id from project_member where participant_id = :id "
                        + "union select project_id from project_coordinator where participant_id = :id)")
                .setParameter("now", now)
                .setParameter("id", participantId)
                .executeUpdate();
        em.createNativeQuery("update work_session set version = version + 1, updated_at = :now where id in ("
                        + "select session_id from session_invitee where participant_id = :id "
                        + "union select session_id from session_attendee where participant_id = :id "
                        + "union select session_id from session_action where owner_id = :id "
                        + "union select id from work_session where wellbeing_contact_id = :id)")
                .setParameter("now", now)
                .setParameter("id", participantId)
                .executeUpdate();
        execute("delete from project_member where participant_id = :id", participantId);
        execute("delete from project_coordinator where participant_id = :id", participantId);
        execute("delete from engagement_check_in where participant_id = :id", participantId);
        // An answer belongs to its invitation and goes with it (the foreign key cascades too; said here plainly).
        execute("delete from session_answer where participant_id = :id", participantId);
        execute("delete from session_invitee where participant_id = :id", participantId);
        execute("delete from session_attendee where participant_id = :id", participantId);
        execute("update session_action set owner_id = null where owner_id = :id", participantId);
        execute("delete from follow_up where participant_id = :id", participantId);
        // A proposal's answers stay as anonymous counts (the outcome was decided on them): the person and their
        // comment go. Versions move so an ETag read before names a changed record.
        execute(
                "update proposal set version = version + 1 where proposed_by = :id or id in "
                        + "(select proposal_id from proposal_answer where participant_id = :id)",
                participantId);
        execute("update proposal set proposed_by = null where proposed_by = :id", participantId);
        // On a proposal still open they are no longer a member, so their answer goes whole: it must not count against
        // the members left, and an objection nobody can now withdraw must not hold the proposal open.
        execute(
                "delete from proposal_answer a using proposal p where a.proposal_id = p.id and p.status = 'OPEN' "
                        + "and a.participant_id = :id",
                participantId);
        execute(
                "update proposal_answer set participant_id = '00000000-0000-0000-0000-000000000000', comment = null "
                        + "where participant_id = :id",
                participantId);
        // Finance must keep payment lines: they stay under the payee pseudonym, with nothing the person wrote, and
        // the steps they took name nobody. The pseudonym stays, no longer linked to them.
        execute(
                "update payment_line set participant_id = null, receipt_reference = null, description = null, "
                        + "decline_reason = null, version = version + 1 where participant_id = :id",
                participantId);
        execute(
                "update payment_line_history set by_participant_id = null where by_participant_id = :id",
                participantId);
        execute("update payee set participant_id = null where participant_id = :id", participantId);
        // The session stays sensitive: a coordinator names another wellbeing contact.
        execute("update work_session set wellbeing_contact_id = null where wellbeing_contact_id = :id", participantId);
        // A notice meant for nobody else is of no use to anyone: it goes whole (its recipients with it).
        execute(
                "delete from notice_outbox n where n.id in "
                        + "(select notice_id from notice_recipient where participant_id = :id) "
                        + "and not exists (select 1 from notice_recipient r "
                        + "where r.notice_id = n.id and r.participant_id <> :id)",
                participantId);
        execute("delete from notice_recipient where participant_id = :id", participantId);
        // An engagement summary names the people drifting away: the person leaves its list, and a summary left naming
        // nobody goes.
        em.createNativeQuery(
                        "update notice_outbox set engagement_facts = cast(jsonb_set(cast(engagement_facts as jsonb), "
                                + "'{people}', coalesce((select jsonb_agg(p) from jsonb_array_elements("
                                + "cast(engagement_facts as jsonb) -> 'people') p where p ->> 'participantId' <> :text), "
                                + "cast('[]' as jsonb))) as text) where engagement_facts like :pattern")
                .setParameter("text", participantId.toString())
                .setParameter("pattern", "%" + participantId + "%")
                .executeUpdate();
        em.createNativeQuery("delete from notice_outbox where engagement_facts is not null "
                        + "and jsonb_array_length(cast(engagement_facts as jsonb) -> 'people') = 0")
                .executeUpdate();
        // Notices to others may name them as a session's wellbeing contact or someone's mentor: those facts go.
        for (String[] named : new String[][] {
            {"session_facts", "{sensitive,wellbeingContactId}"},
            {"previous_facts", "{sensitive,wellbeingContactId}"},
            {"follow_up_facts", "{wellbeingContactId}"},
            {"follow_up_facts", "{mentorId}"}
        }) {
            execute(
                    "update notice_outbox set " + named[0] + " = cast(jsonb_set(cast(" + named[0] + " as jsonb), '"
                            + named[1] + "', 'null') as text) where cast(" + named[0] + " as jsonb) #>> '" + named[1]
                            + "' = cast(:id as text)",
                    participantId);
        }
        em.createNativeQuery("insert into erased_participant (tombstone, keep_until) values (:tombstone, :until) "
                        + "on conflict (tombstone) do update "
                        + "set keep_until = greatest(erased_participant.keep_until, excluded.keep_until)")
                .setParameter("tombstone", Tombstones.of(tombstones.key(), participantId))
                .setParameter("until", now.plus(tombstones.keep()))
                .executeUpdate();
        // No id in the log: the tombstone table is the only trace, and it is keyed.
        LOG.info("A participant's data was erased");
    }

    private void execute(String sql, UUID participantId) {
        em.createNativeQuery(sql).setParameter("id", participantId).executeUpdate();
    }

    @Scheduled(
            every = "${sessions.erasure.purge-every}",
            identity = "tombstone-purge",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        purgeExpiredTombstones();
    }

    /** Deletes the tombstones kept long enough (every token they refused has expired); returns how many. */
    @Transactional
    public int purgeExpiredTombstones() {
        return em.createNativeQuery("delete from erased_participant where keep_until <= :now")
                .setParameter("now", Instant.now())
                .executeUpdate();
    }
}
