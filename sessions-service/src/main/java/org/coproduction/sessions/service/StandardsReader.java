package org.coproduction.sessions.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.coproduction.sessions.domain.AccessNeed;
import org.coproduction.sessions.domain.SessionFormat;
import org.coproduction.sessions.domain.access.Provision;

/**
 * Counts what the National Standards evidence needs from this service's own tables: a fixed number of queries for a
 * project and period, whatever the number of sessions, invitations or actions. A session belongs to the period when it
 * starts in it; cancelled sessions are left out; "ended" means it ended before now.
 */
@ApplicationScoped
public class StandardsReader {
    static final String WINDOW =
            " s.project_id = :project and s.status <> 'CANCELLED' and s.start_at >= :from " + "and s.start_at < :to ";

    /** Claims should be paid within this many days. */
    static final int PAYMENT_DAYS = 14;

    private final EntityManager em;

    public StandardsReader(EntityManager em) {
        this.em = em;
    }

    /** The period of one project: sessions starting at or after from and before to, as seen at now. */
    public record Window(UUID projectId, Instant from, Instant to, Instant now) {}

    /** Sessions in the period: all, with 14 days' notice, ended, ended with a summary. */
    public record SessionCounts(long sessions, long withNotice, long ended, long endedWithSummary) {}

    /**
     * Invitations: of sessions that ended with attendance recorded (and how many of those invitees came), and of
     * sessions that have started (and how many of those were answered before the start).
     */
    public record InvitationCounts(long recorded, long attended, long started, long answeredBefore) {}

    /** Actions agreed at sessions in the period: all, with an owner and a due date, done. */
    public record ActionCounts(long actions, long ownedAndDated, long done) {}

    /** Proposals decided in the period, and of those how many at least half the members answered. */
    public record ProposalCounts(long decided, long answeredByHalf) {}

    /** Payment lines that can be judged, and of those how many were paid within 14 days of the claim. */
    public record PaymentCounts(long judged, long paidInTime) {}

    /** An ended session's access: what the venue offered alone, with arrangements, and who was expected. */
    public record EndedSession(UUID id, Provision venueOnly, Provision withArrangements, List<UUID> expected) {}

    public SessionCounts sessions(Window w) {
        Object[] r = (Object[]) window(
                        em.createNativeQuery("select count(*), "
                                + "count(*) filter (where s.created_at <= s.start_at - interval '14 days'), "
                                + "count(*) filter (where s.end_at <= :now), "
                                + "count(*) filter (where s.end_at <= :now and s.summary_recorded_at is not null) "
                                + "from work_session s where" + WINDOW),
                        w,
                        true)
                .getSingleResult();
        return new SessionCounts(count(r[0]), count(r[1]), count(r[2]), count(r[3]));
    }

    public Map<SessionFormat, Long> formats(Window w) {
        Map<SessionFormat, Long> counts = new EnumMap<>(SessionFormat.class);
        for (Object o : window(
                        em.createNativeQuery(
                                "select s.format, count(*) from work_session s where" + WINDOW + "group by s.format"),
                        w,
                        false)
                .getResultList()) {
            Object[] r = (Object[]) o;
            counts.put(SessionFormat.valueOf((String) r[0]), count(r[1]));
        }
        return counts;
    }

    public InvitationCounts invitations(Window w) {
        Object[] r = (Object[]) window(
                        em.createNativeQuery("select "
                                + "count(*) filter (where s.end_at <= :now and s.attendance_recorded_at is not null), "
                                + "count(t.participant_id) filter (where s.end_at <= :now "
                                + "and s.attendance_recorded_at is not null), "
                                + "count(*) filter (where s.start_at <= :now), "
                                + "count(a.answered_at) filter (where s.start_at <= :now and a.answered_at < s.start_at) "
                                + "from work_session s join session_invitee i on i.session_id = s.id "
                                + "left join session_answer a on a.session_id = s.id "
                                + "and a.participant_id = i.participant_id "
                                + "left join session_attendee t on t.session_id = s.id "
                                + "and t.participant_id = i.participant_id where" + WINDOW),
                        w,
                        true)
                .getSingleResult();
        return new InvitationCounts(count(r[0]), count(r[1]), count(r[2]), count(r[3]));
    }

    public ActionCounts actions(Window w) {
        Object[] r = (Object[]) window(
                        em.createNativeQuery("select count(*), "
                                + "count(*) filter (where a.owner_id is not null and a.due is not null), "
                                + "count(*) filter (where a.done) "
                                + "from session_action a join work_session s on s.id = a.session_id where" + WINDOW),
                        w,
                        false)
                .getSingleResult();
        return new ActionCounts(count(r[0]), count(r[1]), count(r[2]));
    }

    /** How many actions each owner has (owners erased since are left out). */
    public Map<UUID, Long> actionsByOwner(Window w) {
        Map<UUID, Long> owners = new LinkedHashMap<>();
        for (Object o : window(
                        em.createNativeQuery("select a.owner_id, count(*) from session_action a "
                                + "join work_session s on s.id = a.session_id where" + WINDOW
                                + "and a.owner_id is not null group by a.owner_id"),
                        w,
                        false)
                .getResultList()) {
            Object[] r = (Object[]) o;
            owners.put((UUID) r[0], count(r[1]));
        }
        return owners;
    }

    /** Everyone who came to a session that ended in the period, once each. */
    public Set<UUID> attendees(Window w) {
        Set<UUID> people = new LinkedHashSet<>();
        for (Object o : window(
                        em.createNativeQuery("select distinct t.participant_id from session_attendee t "
                                + "join work_session s on s.id = t.session_id where" + WINDOW
                                + "and s.end_at <= :now"),
                        w,
                        true)
                .getResultList()) {
            people.add((UUID) o);
        }
        return people;
    }

    /**
     * Each session that ended in the period with what its venue offered alone and with the arrangements made before
     * it (interpretation arranged on the session, interpreters booked before it started), and the invitees who did
     * not say NOT_COMING. Four queries.
     */
    public List<EndedSession> endedSessions(Window w) {
        String ended = WINDOW + "and s.end_at <= :now";
        Map<UUID, Set<AccessNeed>> features = new HashMap<>();
        for (Object o : window(
                        em.createNativeQuery("select f.venue_id, f.feature from venue_feature f where f.venue_id in "
                                + "(select s.venue_id from work_session s where" + ended + ")"),
                        w,
                        true)
                .getResultList()) {
            Object[] r = (Object[]) o;
            AccessNeed need = feature((String) r[1]);
            if (need != null) {
                features.computeIfAbsent((UUID) r[0], k -> EnumSet.noneOf(AccessNeed.class))
                        .add(need);
            }
        }
        Map<UUID, Set<String>> interpretation = new HashMap<>();
        for (Object o : window(
                        em.createNativeQuery("select i.session_id, i.language from session_interpretation i "
                                + "join work_session s on s.id = i.session_id where" + ended
                                + " union all select b.session_id, b.language from interpreter_booking b "
                                + "join work_session s on s.id = b.session_id where" + ended
                                + " and b.booked and b.updated_at < s.start_at"),
                        w,
                        true)
                .getResultList()) {
            Object[] r = (Object[]) o;
            interpretation
                    .computeIfAbsent((UUID) r[0], k -> new LinkedHashSet<>())
                    .add((String) r[1]);
        }
        Map<UUID, List<UUID>> expected = new HashMap<>();
        for (Object o : window(
                        em.createNativeQuery("select i.session_id, i.participant_id from session_invitee i "
                                + "join work_session s on s.id = i.session_id left join session_answer a "
                                + "on a.session_id = i.session_id and a.participant_id = i.participant_id where"
                                + ended + " and (a.answer is null or a.answer <> 'NOT_COMING')"),
                        w,
                        true)
                .getResultList()) {
            Object[] r = (Object[]) o;
            expected.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add((UUID) r[1]);
        }
        List<EndedSession> sessions = new ArrayList<>();
        for (Object o : window(
                        em.createNativeQuery("select s.id, s.format, s.venue_id, s.captions, s.large_print_materials, "
                                + "s.easy_read_materials, s.breaks, s.quiet_space, s.content_note is not null "
                                + "from work_session s where" + ended + " order by s.start_at, s.id"),
                        w,
                        true)
                .getResultList()) {
            Object[] r = (Object[]) o;
            UUID id = (UUID) r[0];
            SessionFormat format = SessionFormat.valueOf((String) r[1]);
            Set<AccessNeed> venue = r[2] == null ? Set.of() : features.getOrDefault((UUID) r[2], Set.of());
            boolean sensitive = (Boolean) r[8];
            Provision alone = new Provision(format, venue, Set.of(), false, false, false, false, false, sensitive);
            Provision arranged = new Provision(
                    format,
                    venue,
                    interpretation.getOrDefault(id, Set.of()),
                    (Boolean) r[3],
                    (Boolean) r[4],
                    (Boolean) r[5],
                    (Boolean) r[6],
                    (Boolean) r[7],
                    sensitive);
            sessions.add(new EndedSession(id, alone, arranged, expected.getOrDefault(id, List.of())));
        }
        return sessions;
    }

    /**
     * Proposals decided (closed) in the period, and how many of them were answered by at least half the members, as
     * recorded with their outcome.
     */
    public ProposalCounts proposals(Window w) {
        Object[] r = (Object[]) em.createNativeQuery("select count(*), count(*) filter (where p.outcome_members > 0 "
                        + "and p.outcome_answered * 2 >= p.outcome_members) from proposal p "
                        + "where p.project_id = :project and p.status = 'CLOSED' and p.decided_at >= :from "
                        + "and p.decided_at < :to")
                .setParameter("project", w.projectId())
                .setParameter("from", w.from())
                .setParameter("to", w.to())
                .getSingleResult();
        return new ProposalCounts(count(r[0]), count(r[1]));
    }

    /**
     * Payment lines of the project claimed in the period: those that can be judged (paid, or still owed more than 14
     * days after the claim) and those paid within 14 days of the claim (the day of the claim in UTC).
     */
    public PaymentCounts payments(Window w) {
        Object[] r = (Object[]) em.createNativeQuery("select "
                        + "count(*) filter (where l.status = 'PAID' or (l.status in ('CLAIMED', 'APPROVED') "
                        + "and l.claimed_at < :overdue)), "
                        + "count(*) filter (where l.status = 'PAID' "
                        + "and l.paid_on <= cast(l.claimed_at at time zone 'UTC' as date) + 14) "
                        + "from payment_line l where l.project_id = :project and l.claimed_at >= :from "
                        + "and l.claimed_at < :to")
                .setParameter("project", w.projectId())
                .setParameter("from", w.from())
                .setParameter("to", w.to())
                .setParameter("overdue", w.now().minus(java.time.Duration.ofDays(PAYMENT_DAYS)))
                .getSingleResult();
        return new PaymentCounts(count(r[0]), count(r[1]));
    }

    /** The bodies of the project updates posted in the period and not withdrawn. */
    public List<String> updateBodies(Window w) {
        List<String> bodies = new ArrayList<>();
        for (Object o : em.createNativeQuery("select u.body from project_update u where u.project_id = :project "
                        + "and u.posted_at >= :from and u.posted_at < :to and u.withdrawn_at is null")
                .setParameter("project", w.projectId())
                .setParameter("from", w.from())
                .setParameter("to", w.to())
                .getResultList()) {
            bodies.add((String) o);
        }
        return bodies;
    }

    static Query window(Query q, Window w, boolean usesNow) {
        q.setParameter("project", w.projectId()).setParameter("from", w.from()).setParameter("to", w.to());
        return usesNow ? q.setParameter("now", w.now()) : q;
    }

    static long count(Object value) {
        return ((Number) value).longValue();
    }

    /** A venue feature this version knows; anything else is ignored. */
    static AccessNeed feature(String name) {
        try {
            return AccessNeed.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
