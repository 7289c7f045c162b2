package org.coproduction.sessions.service;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.coproduction.sessions.api.AgendaRequest;
import org.coproduction.sessions.api.AgendaResponse;
import org.coproduction.sessions.domain.ActionItem;
import org.coproduction.sessions.domain.Session;
import org.coproduction.sessions.domain.SessionStatus;

/**
 * What each person's digest needs, for many people in one call. Every part is fetched for all the people
 * at once: a fixed number of SQL queries whether 1 or 1000 people are asked for.
 */
@ApplicationScoped
public class AgendaService {
    private final EntityManager em;
    private final RequestValidator validator;
    private final CurrentCaller caller;

    public AgendaService(EntityManager em, RequestValidator validator, CurrentCaller caller) {
        this.em = em;
        this.validator = validator;
        this.caller = caller;
    }

    public AgendaResponse agendas(AgendaRequest r) {
        validator.check(r);
        List<UUID> ids = new ArrayList<>(new LinkedHashSet<>(r.participantIds()));
        if (caller.isParticipantOnly() && !(ids.size() == 1 && ids.get(0).equals(caller.participantId()))) {
            throw new ForbiddenException();
        }
        Instant now = Instant.now();
        Map<UUID, List<UUID>> upcoming = pairs(
                "select i, s.id from Session s join s.invitees i where i in :ids "
                        + "and s.status = :scheduled and s.start > :now order by s.start, s.id",
                ids,
                now,
                null);
        Map<UUID, List<UUID>> summarised = pairs(
                "select i, s.id from Session s join s.invitees i where i in :ids "
                        + "and s.summaryRecordedAt >= :since order by s.start desc, s.id",
                ids,
                null,
                r.since());
        Set<UUID> sessionIds = new LinkedHashSet<>();
        upcoming.values().forEach(sessionIds::addAll);
        summarised.values().forEach(sessionIds::addAll);
        Map<UUID, Session> sessions = sessions(sessionIds);
        Map<UUID, List<AgendaResponse.OpenAction>> actions = openActions(ids);
        Map<UUID, List<AgendaResponse.CompletedAction>> completed = completedActions(ids, r.since());
        Map<UUID, List<AgendaResponse.Update>> updates = updates(ids, r.since());
        Map<UUID, AgendaResponse.Contributions> contributions = contributions(ids, r.since());

        List<AgendaResponse.Item> items = new ArrayList<>();
        for (UUID id : ids) {
            items.add(new AgendaResponse.Item(
                    id,
                    upcoming.getOrDefault(id, List.of()).stream()
                            .map(sid -> upcoming(sessions.get(sid)))
                            .toList(),
                    summarised.getOrDefault(id, List.of()).stream()
                            .map(sid -> summary(sessions.get(sid)))
                            .toList(),
                    actions.getOrDefault(id, List.of()),
                    completed.getOrDefault(id, List.of()),
                    updates.getOrDefault(id, List.of()),
                    contributions.getOrDefault(id, new AgendaResponse.Contributions(0, BigDecimal.ZERO.setScale(2)))));
        }
        return new AgendaResponse(items);
    }

    private Map<UUID, List<UUID>> pairs(String jpql, List<UUID> ids, Instant now, Instant since) {
        var query = em.createQuery(jpql, Object[].class).setParameter("ids", ids);
        if (now != null) {
            query.setParameter("now", now).setParameter("scheduled", SessionStatus.SCHEDULED);
        }
        if (since != null) {
            query.setParameter("since", since);
        }
        Map<UUID, List<UUID>> byPerson = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            byPerson.computeIfAbsent((UUID) row[0], k -> new ArrayList<>()).add((UUID) row[1]);
        }
        return byPerson;
    }

    /** One query for the sessions; their collections then load by subselect, one query per collection. */
    private Map<UUID, Session> sessions(Set<UUID> ids) {
        Map<UUID, Session> byId = new HashMap<>();
        if (ids.isEmpty()) {
            return byId;
        }
        em.createQuery(
                        "select s from Session s join fetch s.project left join fetch s.venue where s.id in :ids",
                        Session.class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(s -> byId.put(s.id, s));
        return byId;
    }

    private Map<UUID, List<AgendaResponse.OpenAction>> openActions(List<UUID> ids) {
        Map<UUID, List<AgendaResponse.OpenAction>> byOwner = new HashMap<>();
        List<Object[]> rows = em.createQuery(
                        "select a.ownerId, s.id, s.title, a.description, a.due, a.actionId from Session s "
                                + "join s.actions a where a.ownerId in :ids and a.done = false and s.status <> :cancelled",
                        Object[].class)
                .setParameter("ids", ids)
                .setParameter("cancelled", SessionStatus.CANCELLED)
                .getResultList();
        for (Object[] row : rows) {
            byOwner.computeIfAbsent((UUID) row[0], k -> new ArrayList<>())
                    .add(new AgendaResponse.OpenAction(
                            (UUID) row[5], (UUID) row[0], (UUID) row[1], (String) row[2], (String) row[3], (LocalDate)
                                    row[4]));
        }
        byOwner.values()
                .forEach(list -> list.sort(Comparator.comparing(
                        AgendaResponse.OpenAction::due, Comparator.nullsLast(Comparator.naturalOrder()))));
        return byOwner;
    }

    /**
     * Two queries whatever the number of people: actions done since {@code since} that they own, and those in
     * sessions they are invited to. Someone both owning and invited sees each action once.
     */
    private Map<UUID, List<AgendaResponse.CompletedAction>> completedActions(List<UUID> ids, Instant since) {
        String select = "s.id, s.title, a.actionId, a.description, a.ownerId, a.doneAt from Session s ";
        String done = " and a.done = true and a.doneAt >= :since and s.status <> :cancelled";
        Map<UUID, Map<UUID, AgendaResponse.CompletedAction>> byPerson = new HashMap<>();
        for (String jpql : List.of(
                "select a.ownerId, " + select + "join s.actions a where a.ownerId in :ids" + done,
                "select i, " + select + "join s.invitees i join s.actions a where i in :ids" + done)) {
            List<Object[]> rows = em.createQuery(jpql, Object[].class)
                    .setParameter("ids", ids)
                    .setParameter("since", since)
                    .setParameter("cancelled", SessionStatus.CANCELLED)
                    .getResultList();
            for (Object[] row : rows) {
                AgendaResponse.CompletedAction action = new AgendaResponse.CompletedAction(
                        (UUID) row[3], (UUID) row[1], (String) row[2], (String) row[4], (UUID) row[5], (Instant)
                                row[6]);
                byPerson.computeIfAbsent((UUID) row[0], k -> new java.util.LinkedHashMap<>())
                        .putIfAbsent(action.actionId(), action);
            }
        }
        Map<UUID, List<AgendaResponse.CompletedAction>> result = new HashMap<>();
        byPerson.forEach((person, actions) -> result.put(
                person,
                actions.values().stream()
                        .sorted(Comparator.comparing(AgendaResponse.CompletedAction::doneAt)
                                .reversed()
                                .thenComparing(AgendaResponse.CompletedAction::actionId))
                        .toList()));
        return result;
    }

    private Map<UUID, List<AgendaResponse.Update>> updates(List<UUID> ids, Instant since) {
        Map<UUID, List<AgendaResponse.Update>> byMember = new HashMap<>();
        List<Object[]> rows = em.createQuery(
                        "select m, p.id, p.name, u.title, u.body, u.postedAt "
                                + "from ProjectUpdate u join u.project p join p.members m "
                                + "where m in :ids and u.postedAt >= :since order by u.postedAt desc, u.id",
                        Object[].class)
                .setParameter("ids", ids)
                .setParameter("since", since)
                .getResultList();
        for (Object[] row : rows) {
            byMember.computeIfAbsent((UUID) row[0], k -> new ArrayList<>())
                    .add(new AgendaResponse.Update(
                            (UUID) row[1], (String) row[2], (String) row[3], (String) row[4], (Instant) row[5]));
        }
        return byMember;
    }

    private Map<UUID, AgendaResponse.Contributions> contributions(List<UUID> ids, Instant since) {
        Map<UUID, long[]> totals = new HashMap<>();
        List<Object[]> rows = em.createQuery(
                        "select a, s.start, s.end from Session s join s.attended a "
                                + "where a in :ids and s.start >= :since and s.status <> :cancelled",
                        Object[].class)
                .setParameter("ids", ids)
                .setParameter("since", since)
                .setParameter("cancelled", SessionStatus.CANCELLED)
                .getResultList();
        for (Object[] row : rows) {
            long[] t = totals.computeIfAbsent((UUID) row[0], k -> new long[2]);
            t[0]++;
            t[1] += Duration.between((Instant) row[1], (Instant) row[2]).getSeconds();
        }
        Map<UUID, AgendaResponse.Contributions> result = new HashMap<>();
        totals.forEach((id, t) -> result.put(
                id,
                new AgendaResponse.Contributions(
                        t[0], BigDecimal.valueOf(t[1]).divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP))));
        return result;
    }

    private static AgendaResponse.Upcoming upcoming(Session s) {
        return new AgendaResponse.Upcoming(
                s.id,
                s.project.id,
                s.project.name,
                s.title,
                s.purpose,
                s.type,
                s.format,
                s.start,
                s.end,
                s.timeZone,
                s.status,
                s.venue == null ? null : new AgendaResponse.Venue(s.venue.name, s.venue.address, s.venue.format),
                s.joiningLink,
                SessionViews.arrangements(s));
    }

    private static AgendaResponse.Summary summary(Session s) {
        List<AgendaResponse.Action> actions = new ArrayList<>();
        for (ActionItem a : s.actions) {
            actions.add(new AgendaResponse.Action(a.actionId, a.description, a.ownerId, a.due, a.done));
        }
        return new AgendaResponse.Summary(
                s.id, s.project.name, s.title, s.start, s.timeZone, s.summary, new ArrayList<>(s.decisions), actions);
    }
}
