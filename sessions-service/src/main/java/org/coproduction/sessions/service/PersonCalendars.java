package org.coproduction.sessions.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.coproduction.sessions.client.ParticipantView;
import org.coproduction.sessions.domain.InvitationAnswer;
import org.coproduction.sessions.domain.SessionStatus;
import org.coproduction.sessions.domain.slots.Interval;
import org.coproduction.sessions.domain.slots.PersonCalendar;
import org.coproduction.sessions.domain.slots.WeeklyWindow;

/**
 * Builds the slot finder's view of people: their availability from participants-service plus their sessions
 * and fairness counts from this database, fetched for everyone in two set queries (never one per person).
 */
@ApplicationScoped
public class PersonCalendars {
    /** Sessions this far either side of a search count towards the months it touches. */
    private static final Duration MONTH_MARGIN = Duration.ofDays(32);

    private final EntityManager em;

    public PersonCalendars(EntityManager em) {
        this.em = em;
    }

    /**
     * @param excludeSession a session being moved does not clash with itself (null for none)
     * @param fairnessSince  start of the fairness look-back, or null to skip the fairness query
     */
    public List<PersonCalendar> build(
            Collection<ParticipantView> people,
            Instant from,
            Instant to,
            UUID excludeSession,
            Instant fairnessSince,
            Instant now) {
        List<UUID> ids = people.stream().map(ParticipantView::id).toList();
        Sessions sessions = sessions(ids, from.minus(MONTH_MARGIN), to.plus(MONTH_MARGIN), excludeSession);
        Map<UUID, Integer> leftOut = fairnessSince == null ? Map.of() : leftOut(ids, fairnessSince, now);
        List<PersonCalendar> calendars = new ArrayList<>(people.size());
        for (ParticipantView p : people) {
            calendars.add(calendar(
                    p,
                    sessions.booked().getOrDefault(p.id(), List.of()),
                    sessions.declined().getOrDefault(p.id(), List.of()),
                    leftOut.getOrDefault(p.id(), 0),
                    from,
                    to));
        }
        return calendars;
    }

    /**
     * Each person's sessions: those they are booked into, and those they said they cannot come to (NOT_COMING),
     * which are time they are away rather than time they are booked.
     */
    private record Sessions(Map<UUID, List<Interval>> booked, Map<UUID, List<Interval>> declined) {}

    private Sessions sessions(List<UUID> ids, Instant from, Instant to, UUID exclude) {
        Map<UUID, List<Interval>> booked = new HashMap<>();
        Map<UUID, List<Interval>> declined = new HashMap<>();
        if (ids.isEmpty()) {
            return new Sessions(booked, declined);
        }
        List<Object[]> rows = em.createQuery(
                        "select i, s.start, s.end, a.answer from Session s join s.invitees i "
                                + "left join s.answers a on key(a) = i "
                                + "where i in :ids and s.status <> :cancelled and s.start < :to and s.end > :from "
                                + "and s.id <> :exclude",
                        Object[].class)
                .setParameter("ids", ids)
                .setParameter("cancelled", SessionStatus.CANCELLED)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("exclude", exclude == null ? new UUID(0, 0) : exclude)
                .getResultList();
        for (Object[] row : rows) {
            Map<UUID, List<Interval>> into = row[3] == InvitationAnswer.NOT_COMING ? declined : booked;
            into.computeIfAbsent((UUID) row[0], k -> new ArrayList<>())
                    .add(new Interval((Instant) row[1], (Instant) row[2]));
        }
        return new Sessions(booked, declined);
    }

    /**
     * How many of their projects' recent sessions each person missed: not invited, or invited but not among
     * those recorded as attending.
     */
    @SuppressWarnings("unchecked")
    private Map<UUID, Integer> leftOut(List<UUID> ids, Instant since, Instant now) {
        Map<UUID, Integer> counts = new HashMap<>();
        if (ids.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = em.createNativeQuery("""
                        select pm.participant_id, count(*) from work_session s
                        join project_member pm on pm.project_id = s.project_id
                        where pm.participant_id in (:ids) and s.status <> 'CANCELLED'
                          and s.start_at >= :since and s.start_at < :now
                          and (not exists (select 1 from session_invitee si
                                           where si.session_id = s.id and si.participant_id = pm.participant_id)
                               or (s.attendance_recorded_at is not null
                                   and not exists (select 1 from session_attendee sa
                                                   where sa.session_id = s.id
                                                     and sa.participant_id = pm.participant_id)))
                        group by pm.participant_id""")
                .setParameter("ids", ids)
                .setParameter("since", since)
                .setParameter("now", now)
                .getResultList();
        for (Object[] row : rows) {
            counts.put((UUID) row[0], ((Number) row[1]).intValue());
        }
        return counts;
    }

    static PersonCalendar calendar(ParticipantView p, List<Interval> booked, int leftOut, Instant from, Instant to) {
        return calendar(p, booked, List.of(), leftOut, from, to);
    }

    /**
     * A PAUSED or WITHDRAWN person has stepped away from taking part: for the whole range asked about they count
     * as ABSENT (DESIGN.md's reasons have no other word for it), so nobody plans a session around them. A session
     * they said they cannot come to (NOT_COMING) is an absence too: they are away then, not booked.
     */
    static PersonCalendar calendar(
            ParticipantView p, List<Interval> booked, List<Interval> declined, int leftOut, Instant from, Instant to) {
        ZoneId zone = Zones.parse(p.timeZone()).orElse(ZoneOffset.UTC);
        List<WeeklyWindow> weekly = new ArrayList<>();
        List<Interval> absences = new ArrayList<>();
        if (p.status() != null && !"ACTIVE".equals(p.status()) && to.isAfter(from)) {
            absences.add(new Interval(from, to));
        }
        absences.addAll(declined);
        Integer max = null;
        Integer notice = null;
        ParticipantView.Availability a = p.availability();
        if (a != null) {
            if (a.weekly() != null) {
                for (ParticipantView.Window w : a.weekly()) {
                    window(w).ifPresent(weekly::add);
                }
            }
            if (a.unavailable() != null) {
                for (ParticipantView.Absence absence : a.unavailable()) {
                    if (absence != null
                            && absence.from() != null
                            && absence.to() != null
                            && absence.to().isAfter(absence.from())) {
                        absences.add(new Interval(absence.from(), absence.to()));
                    }
                }
            }
            max = a.maxSessionsPerMonth();
            notice = a.minNoticeDays();
        }
        return new PersonCalendar(p.id(), zone, weekly, absences, booked, max, notice, leftOut);
    }

    /** A window participants-service sent that we cannot read is skipped rather than failing the search. */
    private static java.util.Optional<WeeklyWindow> window(ParticipantView.Window w) {
        try {
            return java.util.Optional.of(new WeeklyWindow(
                    DayOfWeek.valueOf(w.day().toUpperCase(Locale.ROOT)),
                    LocalTime.parse(w.start()),
                    LocalTime.parse(w.end())));
        } catch (RuntimeException e) {
            return java.util.Optional.empty();
        }
    }
}
