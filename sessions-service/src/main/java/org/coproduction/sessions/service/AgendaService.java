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
import org.coproduction.sessions.api.ProposalDto;
import org.coproduction.sessions.api.SummaryVersionDto;
import org.coproduction.sessions.api.TrainingSuggestionDto;
import org.coproduction.sessions.domain.ActionItem;
import org.coproduction.sessions.domain.Session;
import org.coproduction.sessions.domain.SessionStatus;
import org.coproduction.sessions.domain.proposals.ProposalResult;

/**
 * What each person's digest needs, for many people in one call. Every part is fetched for all the people
 * at once: a fixed number of SQL queries whether 1 or 1000 people are asked for.
 */
@ApplicationScoped
public class AgendaService {
    /** Members listed per project: enough for a digest to name who else is in it. */
    static final int MEMBERS_SHOWN = 50;

    private final EntityManager em;
    private final RequestValidator validator;
    private final CurrentCaller caller;
    private final TrainingService training;

    public AgendaService(EntityManager em, RequestValidator validator, CurrentCaller caller, TrainingService training) {
        this.em = em;
        this.validator = validator;
        this.caller = caller;
        this.training = training;
    }

    public AgendaResponse agendas(AgendaRequest r) {
        validator.check(r);
        List<UUID> ids = new ArrayList<>(new LinkedHashSet<>(r.participantIds()));
        if (caller.isParticipantOnly() && !(ids.size() == 1 && ids.get(0).equals(caller.participantId()))) {
            throw new ForbiddenException();
        }
        Instant now = Instant.now();
        // Each upcoming invitation with the invitee's answer, in the same query.
        Map<UUID, Map<UUID, String>> upcoming = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> invited = em.createNativeQuery("select i.participant_id, s.id, a.answer from session_invitee i "
                        + "join work_session s on s.id = i.session_id "
                        + "left join session_answer a on a.session_id = i.session_id "
                        + "and a.participant_id = i.participant_id "
                        + "where i.participant_id in (:ids) and s.status = 'SCHEDULED' and s.start_at > :now "
                        + "order by s.start_at, s.id")
                .setParameter("ids", ids)
                .setParameter("now", now)
                .getResultList();
        for (Object[] row : invited) {
            upcoming.computeIfAbsent((UUID) row[0], k -> new java.util.LinkedHashMap<>())
                    .put((UUID) row[1], (String) row[2]);
        }
        Map<UUID, List<UUID>> summarised = pairs(
                "select i, s.id from Session s join s.invitees i where i in :ids "
                        + "and s.summaryRecordedAt >= :since order by s.start desc, s.id",
                ids,
                null,
                r.since());
        Set<UUID> sessionIds = new LinkedHashSet<>();
        upcoming.values().forEach(m -> sessionIds.addAll(m.keySet()));
        summarised.values().forEach(sessionIds::addAll);
        Map<UUID, Session> sessions = sessions(sessionIds);
        Map<UUID, List<AgendaResponse.OpenAction>> actions = openActions(ids);
        Map<UUID, List<AgendaResponse.CompletedAction>> completed = completedActions(ids, r.since());
        Map<UUID, List<AgendaResponse.Update>> updates = updates(ids, r.since());
        Map<UUID, AgendaResponse.Contributions> contributions = contributions(ids, r.since());
        Map<UUID, List<AgendaResponse.ProjectInfo>> projects = projects(ids);
        Map<UUID, Set<UUID>> invitedTo = new HashMap<>();
        upcoming.forEach((person, byId) -> invitedTo.put(person, byId.keySet()));
        Map<UUID, TrainingSuggestionDto> suggestions = training.agendaSuggestions(ids, invitedTo);
        Map<UUID, List<AgendaResponse.DecidedProposal>> decided = decidedProposals(ids, r.since());
        Map<UUID, List<AgendaResponse.OpenProposal>> open = openProposals(ids, now);

        List<AgendaResponse.Item> items = new ArrayList<>();
        for (UUID id : ids) {
            items.add(new AgendaResponse.Item(
                    id,
                    upcoming.getOrDefault(id, Map.of()).entrySet().stream()
                            .map(e -> upcoming(sessions.get(e.getKey()), e.getValue()))
                            .toList(),
                    summarised.getOrDefault(id, List.of()).stream()
                            .map(sid -> summary(sessions.get(sid)))
                            .toList(),
                    actions.getOrDefault(id, List.of()),
                    completed.getOrDefault(id, List.of()),
                    updates.getOrDefault(id, List.of()),
                    projects.getOrDefault(id, List.of()),
                    contributions.getOrDefault(
                            id, new AgendaResponse.Contributions(0, BigDecimal.ZERO.setScale(2), List.of())),
                    suggestions.get(id),
                    decided.getOrDefault(id, List.of()),
                    open.getOrDefault(id, List.of())));
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
        Map<UUID, List<SummaryVersionDto>> versions = new HashMap<>();
        List<Object[]> rows = em.createQuery(
                        "select a.ownerId, s.id, s.title, a.description, a.due, a.actionId, index(a), "
                                + "s.summaryLanguage, s.summaryVersions from Session s "
                                + "join s.actions a where a.ownerId in :ids and a.done = false and s.status <> :cancelled",
                        Object[].class)
                .setParameter("ids", ids)
                .setParameter("cancelled", SessionStatus.CANCELLED)
                .getResultList();
        for (Object[] row : rows) {
            byOwner.computeIfAbsent((UUID) row[0], k -> new ArrayList<>())
                    .add(new AgendaResponse.OpenAction(
                            (UUID) row[5],
                            (UUID) row[0],
                            (UUID) row[1],
                            (String) row[2],
                            (String) row[3],
                            (LocalDate) row[4],
                            (String) row[7],
                            actionVersions(versions, (UUID) row[1], (String) row[8], (Integer) row[6])));
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
        String select = "s.id, s.title, a.actionId, a.description, a.ownerId, a.doneAt, index(a), "
                + "s.summaryLanguage, s.summaryVersions from Session s ";
        Map<UUID, List<SummaryVersionDto>> versions = new HashMap<>();
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
                        (UUID) row[3],
                        (UUID) row[1],
                        (String) row[2],
                        (String) row[4],
                        (UUID) row[5],
                        (Instant) row[6],
                        (String) row[8],
                        actionVersions(versions, (UUID) row[1], (String) row[9], (Integer) row[7]));
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
                        "select m, p.id, p.name, u.title, u.body, u.postedAt, u.id, u.correctedAt, u.language, "
                                + "u.versions from ProjectUpdate u join u.project p join p.members m "
                                + "where m in :ids and u.withdrawnAt is null "
                                + "and (u.postedAt >= :since or u.correctedAt >= :since) "
                                + "order by coalesce(u.correctedAt, u.postedAt) desc, u.id",
                        Object[].class)
                .setParameter("ids", ids)
                .setParameter("since", since)
                .getResultList();
        for (Object[] row : rows) {
            byMember.computeIfAbsent((UUID) row[0], k -> new ArrayList<>())
                    .add(new AgendaResponse.Update(
                            (UUID) row[6],
                            (UUID) row[1],
                            (String) row[2],
                            (String) row[3],
                            (String) row[4],
                            (Instant) row[5],
                            (Instant) row[7],
                            (String) row[8],
                            ContentJson.updateVersions((String) row[9])));
        }
        return byMember;
    }

    /**
     * Every project each person is a member of, with at most {@link #MEMBERS_SHOWN} of its members: one query,
     * whatever the number of people or members.
     */
    private Map<UUID, List<AgendaResponse.ProjectInfo>> projects(List<UUID> ids) {
        @SuppressWarnings("unchecked")
        // Members are listed once per project (materialized), not once per person in it: for 200 people in the same
        // projects the per-row subquery sorted each project's members 400 times (195 ms against 28 ms).
        List<Object[]> rows = em.createNativeQuery("with shown as materialized (select d.project_id, "
                        + "(select string_agg(cast(m.participant_id as text), ',' order by m.participant_id) "
                        + "from (select participant_id from project_member where project_id = d.project_id "
                        + "order by participant_id limit " + MEMBERS_SHOWN + ") m) as members "
                        + "from (select distinct project_id from project_member where participant_id in (:ids)) d) "
                        + "select pm.participant_id, p.id, p.name, p.purpose, shown.members "
                        + "from project_member pm join project p on p.id = pm.project_id "
                        + "join shown on shown.project_id = p.id "
                        + "where pm.participant_id in (:ids) order by p.name, p.id")
                .setParameter("ids", ids)
                .getResultList();
        Map<UUID, List<AgendaResponse.ProjectInfo>> byMember = new HashMap<>();
        for (Object[] row : rows) {
            String members = (String) row[4];
            byMember.computeIfAbsent((UUID) row[0], k -> new ArrayList<>())
                    .add(new AgendaResponse.ProjectInfo(
                            (UUID) row[1],
                            (String) row[2],
                            (String) row[3],
                            members == null
                                    ? List.of()
                                    : java.util.Arrays.stream(members.split(","))
                                            .map(UUID::fromString)
                                            .toList()));
        }
        return byMember;
    }

    private Map<UUID, AgendaResponse.Contributions> contributions(List<UUID> ids, Instant since) {
        Map<UUID, long[]> totals = new HashMap<>();
        Map<UUID, List<AgendaResponse.Attended>> attended = new HashMap<>();
        List<Object[]> rows = em.createQuery(
                        "select a, s.start, s.end, s.id, s.title, s.timeZone from Session s join s.attended a "
                                + "where a in :ids and s.start >= :since and s.status <> :cancelled "
                                + "order by s.start, s.id",
                        Object[].class)
                .setParameter("ids", ids)
                .setParameter("since", since)
                .setParameter("cancelled", SessionStatus.CANCELLED)
                .getResultList();
        for (Object[] row : rows) {
            long[] t = totals.computeIfAbsent((UUID) row[0], k -> new long[2]);
            t[0]++;
            long seconds = Duration.between((Instant) row[1], (Instant) row[2]).getSeconds();
            t[1] += seconds;
            attended.computeIfAbsent((UUID) row[0], k -> new ArrayList<>())
                    .add(new AgendaResponse.Attended(
                            (UUID) row[3], (String) row[4], (Instant) row[1], (String) row[5], hours(seconds)));
        }
        Map<UUID, AgendaResponse.Contributions> result = new HashMap<>();
        totals.forEach((id, t) -> result.put(
                id, new AgendaResponse.Contributions(t[0], hours(t[1]), attended.getOrDefault(id, List.of()))));
        return result;
    }

    private static BigDecimal hours(long seconds) {
        return BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP);
    }

    /** One query: proposals decided since {@code since} in each person's projects, most recent first. */
    private Map<UUID, List<AgendaResponse.DecidedProposal>> decidedProposals(List<UUID> ids, Instant since) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select pm.participant_id, p.id, p.project_id, pr.name, p.title, "
                        + "p.result, p.decided_at, p.outcome_agree, p.outcome_concerns, p.outcome_object, "
                        + "p.outcome_objections_standing, p.outcome_answered, p.outcome_members from proposal p "
                        + "join project_member pm on pm.project_id = p.project_id join project pr on pr.id = p.project_id "
                        + "where pm.participant_id in (:ids) and p.status = 'CLOSED' and p.decided_at >= :since "
                        + "order by p.decided_at desc, p.id")
                .setParameter("ids", ids)
                .setParameter("since", since)
                .getResultList();
        Map<UUID, List<AgendaResponse.DecidedProposal>> byMember = new HashMap<>();
        for (Object[] row : rows) {
            byMember.computeIfAbsent((UUID) row[0], k -> new ArrayList<>())
                    .add(new AgendaResponse.DecidedProposal(
                            (UUID) row[1],
                            (UUID) row[2],
                            (String) row[3],
                            (String) row[4],
                            ProposalResult.valueOf((String) row[5]),
                            instant(row[6]),
                            new ProposalDto.Counts(
                                    (Integer) row[7], (Integer) row[8], (Integer) row[9], (Integer) row[10], (Integer)
                                            row[11]),
                            (Integer) row[12]));
        }
        return byMember;
    }

    /** One query: OPEN proposals in each person's projects, still open now, that they have not answered. */
    private Map<UUID, List<AgendaResponse.OpenProposal>> openProposals(List<UUID> ids, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select pm.participant_id, p.id, p.project_id, pr.name, p.title, "
                        + "p.closes_at from proposal p "
                        + "join project_member pm on pm.project_id = p.project_id join project pr on pr.id = p.project_id "
                        + "where pm.participant_id in (:ids) and p.status = 'OPEN' and p.closes_at > :now "
                        + "and not exists (select 1 from proposal_answer a where a.proposal_id = p.id "
                        + "and a.participant_id = pm.participant_id) order by p.closes_at, p.id")
                .setParameter("ids", ids)
                .setParameter("now", now)
                .getResultList();
        Map<UUID, List<AgendaResponse.OpenProposal>> byMember = new HashMap<>();
        for (Object[] row : rows) {
            byMember.computeIfAbsent((UUID) row[0], k -> new ArrayList<>())
                    .add(new AgendaResponse.OpenProposal(
                            (UUID) row[1], (UUID) row[2], (String) row[3], (String) row[4], instant(row[5])));
        }
        return byMember;
    }

    /** A timestamptz from a native query, whichever Java type the driver gives it as. */
    private static Instant instant(Object value) {
        if (value instanceof java.time.OffsetDateTime t) {
            return t.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        return (Instant) value;
    }

    private static AgendaResponse.Upcoming upcoming(Session s, String answer) {
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
                SessionViews.arrangements(s),
                SessionViews.sensitive(s),
                SessionViews.trainingTopics(s),
                s.style,
                s.followUpOf,
                answer);
    }

    private static AgendaResponse.Summary summary(Session s) {
        List<AgendaResponse.Action> actions = new ArrayList<>();
        for (ActionItem a : s.actions) {
            actions.add(new AgendaResponse.Action(a.actionId, a.description, a.ownerId, a.due, a.done));
        }
        return new AgendaResponse.Summary(
                s.id,
                s.project.name,
                s.title,
                s.start,
                s.timeZone,
                s.summary,
                new ArrayList<>(s.decisions),
                actions,
                s.summaryLanguage,
                ContentJson.summaryVersions(s.summaryVersions));
    }

    /**
     * An action's description in each of its summary's versions that rewrites actions (by position). Versions are
     * read once per session, however many of its actions are listed.
     */
    private static List<AgendaResponse.ActionVersion> actionVersions(
            Map<UUID, List<SummaryVersionDto>> read, UUID sessionId, String json, int position) {
        List<SummaryVersionDto> versions = read.computeIfAbsent(sessionId, k -> ContentJson.summaryVersions(json));
        List<AgendaResponse.ActionVersion> found = new ArrayList<>();
        for (SummaryVersionDto v : versions) {
            if (v.actions() != null && position < v.actions().size()) {
                found.add(new AgendaResponse.ActionVersion(
                        v.language(), v.plain(), v.actions().get(position)));
            }
        }
        return found;
    }
}
