package org.coproduction.sessions.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.coproduction.platform.paging.Page;
import org.coproduction.platform.paging.PageRequest;
import org.coproduction.sessions.api.EngagementResponse;
import org.coproduction.sessions.api.EngagementRunResponse;
import org.coproduction.sessions.client.ParticipantDirectory;
import org.coproduction.sessions.client.ParticipantView;
import org.coproduction.sessions.client.ParticipantsClient;
import org.coproduction.sessions.config.EngagementConfig;
import org.coproduction.sessions.domain.Project;
import org.coproduction.sessions.domain.engagement.CheckIn;
import org.coproduction.sessions.domain.engagement.DriftRules;
import org.coproduction.sessions.domain.engagement.DriftThresholds;
import org.coproduction.sessions.domain.engagement.Engagement;
import org.coproduction.sessions.domain.engagement.EngagementFacts;
import org.coproduction.sessions.domain.engagement.InvitedSession;
import org.jboss.logging.Logger;

/**
 * Who seems to be drifting away from a project (GET /engagement), and the weekly job that tells each project's
 * coordinators (one summary per project and ISO week) and checks in with the people themselves (one check-in per
 * person within sessions.engagement.check-in-every). participants-service is asked before any transaction opens;
 * what the job sends is queued through the outbox in the same transaction as the row that records it, so a crash
 * neither loses nor repeats one.
 */
@ApplicationScoped
public class EngagementService {
    private static final Logger LOG = Logger.getLogger(EngagementService.class);
    /** One engagement run records at a time across replicas (pg_advisory_xact_lock key, "engage" in ASCII). */
    static final long RUN_LOCK = 0x656e67616765L;

    private final EntityManager em;
    private final ParticipantsClient participants;
    private final EngagementReader reader;
    private final NoticeOutbox outbox;
    private final EngagementConfig config;
    private final DriftRules rules;

    public EngagementService(
            EntityManager em,
            ParticipantsClient participants,
            EngagementReader reader,
            NoticeOutbox outbox,
            EngagementConfig config) {
        this.em = em;
        this.participants = participants;
        this.reader = reader;
        this.outbox = outbox;
        this.config = config;
        this.rules = new DriftRules(new DriftThresholds(
                config.missedSessions(),
                config.quietWeeks(),
                config.declinedInvitations(),
                config.unansweredInvitations()));
    }

    /** One person's engagement in a project, with what participants-service says about them. */
    record Member(UUID id, ParticipantView person, Engagement engagement) {}

    /**
     * The project's members, drifting first (longest since they last came first), then the rest; {@code drifting}
     * keeps only those who are (true) or are not (false) drifting. Members participants-service no longer knows are
     * left out (their erasure is on its way here).
     */
    public Page<EngagementResponse> list(UUID projectId, Boolean drifting, PageRequest paging) {
        Project project = ProjectService.find(projectId);
        List<Member> members = assess(project.id, Set.copyOf(project.members), Instant.now());
        Map<UUID, Instant> checkIns =
                reader.lastCheckIns(members.stream().map(Member::id).toList());
        List<EngagementResponse> all = members.stream()
                .filter(m -> drifting == null || m.engagement().drifting() == drifting)
                .sorted(Comparator.comparing((Member m) -> !m.engagement().drifting())
                        .thenComparing(
                                m -> m.engagement().lastAttendedAt(), Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(Member::id))
                .map(m -> view(m, checkIns.get(m.id())))
                .toList();
        int from = Math.min(paging.offset(), all.size());
        int to = Math.min(from + paging.size(), all.size());
        return Page.of(all.subList(from, to), paging, all.size());
    }

    @Scheduled(
            every = "${sessions.engagement.every}",
            identity = "engagement",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        EngagementRunResponse done = run();
        LOG.infof("Engagement run queued %d summaries and %d check-ins", done.summaries(), done.checkIns());
    }

    /**
     * Runs the job now: for each project, asks participants-service about its members (outside any transaction),
     * then records and queues in one short transaction what is due. Safe to repeat: a second run in the same week
     * queues nothing new.
     */
    public EngagementRunResponse run() {
        Instant now = Instant.now();
        String week = isoWeek(now);
        List<UUID> projectIds = em.createQuery(
                        "select p.id from Project p where p.members is not empty order by p.createdAt, p.id",
                        UUID.class)
                .getResultList();
        int summaries = 0;
        int checkIns = 0;
        for (UUID projectId : projectIds) {
            Project project = em.find(Project.class, projectId);
            if (project == null) {
                continue;
            }
            List<Member> drifting = assess(projectId, Set.copyOf(project.members), now).stream()
                    .filter(m -> m.engagement().drifting())
                    .sorted(Comparator.comparing(Member::id))
                    .toList();
            if (drifting.isEmpty()) {
                continue;
            }
            Set<UUID> coordinators = Set.copyOf(project.coordinators);
            String name = project.name;
            int[] queued = QuarkusTransaction.requiringNew()
                    .call(() -> record(projectId, name, coordinators, drifting, week, now));
            summaries += queued[0];
            checkIns += queued[1];
        }
        return new EngagementRunResponse(summaries, checkIns);
    }

    /** In the caller's transaction: the summary (once per project and week) and the check-ins due; what was queued. */
    int[] record(
            UUID projectId,
            String projectName,
            Set<UUID> coordinators,
            List<Member> drifting,
            String week,
            Instant now) {
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(:key)) l")
                .setParameter("key", RUN_LOCK)
                .getSingleResult();
        int summaries = 0;
        if (!coordinators.isEmpty()) {
            int inserted = em.createNativeQuery("insert into engagement_summary_sent (project_id, week, sent_at) "
                            + "values (:project, :week, :now) on conflict do nothing")
                    .setParameter("project", projectId)
                    .setParameter("week", week)
                    .setParameter("now", now)
                    .executeUpdate();
            if (inserted == 1) {
                outbox.enqueueEngagementSummary(coordinators, facts(projectId, projectName, drifting));
                summaries = 1;
            }
        }
        int checkIns = 0;
        if (config.checkIns()) {
            Instant since = ZonedDateTime.ofInstant(now, ZoneOffset.UTC)
                    .minus(config.checkInEvery())
                    .toInstant();
            for (Member m : drifting) {
                // Drifting people are never on a break (they have no reasons then); said again for safety.
                if (m.engagement().onBreak() || checkedInSince(m.id(), since)) {
                    continue;
                }
                new CheckIn(m.id(), projectId, now).persist();
                outbox.enqueueCheckIn(m.id());
                checkIns++;
            }
        }
        return new int[] {summaries, checkIns};
    }

    private boolean checkedInSince(UUID participantId, Instant since) {
        return em.createQuery(
                                "select count(c) from CheckIn c where c.participantId = :id and c.sentAt > :since",
                                Long.class)
                        .setParameter("id", participantId)
                        .setParameter("since", since)
                        .getSingleResult()
                > 0;
    }

    /** Each member's engagement; one query for the sessions, one batched lookup for the people. */
    List<Member> assess(UUID projectId, Set<UUID> memberIds, Instant now) {
        if (memberIds.isEmpty()) {
            return List.of();
        }
        ParticipantDirectory directory = participants.lookup(memberIds);
        Map<UUID, List<InvitedSession>> invitations = reader.invitations(projectId, now);
        List<Member> members = new ArrayList<>();
        for (UUID id : memberIds) {
            ParticipantView person = directory.found().get(id);
            if (person != null) {
                members.add(new Member(
                        id, person, rules.assess(person.status(), invitations.getOrDefault(id, List.of()), now)));
            }
        }
        return members;
    }

    static EngagementFacts facts(UUID projectId, String projectName, List<Member> drifting) {
        return new EngagementFacts(
                projectId,
                projectName,
                drifting.stream()
                        .map(m -> new EngagementFacts.Person(
                                m.id(),
                                m.engagement().reasons().stream()
                                        .map(r -> new EngagementFacts.Reason(r.code(), r.count()))
                                        .toList(),
                                m.engagement().lastAttendedAt()))
                        .toList());
    }

    static EngagementResponse view(Member m, Instant lastCheckInAt) {
        Engagement e = m.engagement();
        return new EngagementResponse(
                m.id(),
                m.person().status(),
                e.onBreak(),
                e.lastAttendedAt(),
                e.missedInARow(),
                e.declinedInARow(),
                e.unansweredInARow(),
                m.person().lastPortalVisitAt(),
                lastCheckInAt,
                e.reasons().stream()
                        .map(r -> new EngagementResponse.Reason(r.code(), r.count(), r.text()))
                        .toList());
    }

    /** The ISO week of an instant in UTC, e.g. "2026-W48". */
    static String isoWeek(Instant at) {
        ZonedDateTime d = at.atZone(ZoneOffset.UTC);
        return String.format("%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
