package org.coproduction.notifications.run;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.coproduction.notifications.client.Participant;
import org.coproduction.notifications.client.ParticipantPage;
import org.coproduction.notifications.client.ParticipantsClient;
import org.coproduction.notifications.config.NotificationsConfig;
import org.coproduction.notifications.delivery.DeliveryPipeline;
import org.coproduction.notifications.delivery.Workers;
import org.coproduction.notifications.delivery.claim.ClaimScope;
import org.coproduction.notifications.delivery.record.DeliveryMetrics;
import org.coproduction.notifications.delivery.record.DeliveryMetrics.RunOutcome;
import org.coproduction.notifications.digest.due.DigestPlanner;
import org.coproduction.notifications.digest.due.DuePeriods;
import org.coproduction.notifications.digest.due.NewDigest;
import org.coproduction.notifications.domain.RunStatus;
import org.coproduction.platform.problem.DependencyUnavailableException;
import org.coproduction.platform.problem.FailureLog;

/**
 * A digest run: page through the people (or look up the ones named), find who is due and claim their periods for
 * this run, then send the run's work, so memory stays flat however many people there are. Only this class holds
 * the run's id; each step is handed it once.
 */
@ApplicationScoped
public class DigestRunService {

    /** The most ids participants-service takes in one lookup (its contract's limit). */
    private static final int LOOKUP_LIMIT = 1000;

    private final DigestRunStore runs;
    private final DigestPlanner planner;
    private final DuePeriods periods;
    private final DeliveryPipeline pipeline;
    private final ParticipantsClient participants;
    private final NotificationsConfig config;
    private final Workers workers;
    private final DeliveryMetrics metrics;

    public DigestRunService(
            DigestRunStore runs,
            DigestPlanner planner,
            DuePeriods periods,
            DeliveryPipeline pipeline,
            ParticipantsClient participants,
            NotificationsConfig config,
            Workers workers,
            DeliveryMetrics metrics) {
        this.runs = runs;
        this.planner = planner;
        this.periods = periods;
        this.pipeline = pipeline;
        this.participants = participants;
        this.config = config;
        this.workers = workers;
        this.metrics = metrics;
    }

    /** Starts a run in the background and answers at once with its id. */
    public UUID start(List<UUID> participantIds, boolean force) {
        return start(participantIds, force, true);
    }

    /** As {@link #start(List, boolean)}; {@code countsForPeriod}: a forced digest is the period's digest. */
    public UUID start(List<UUID> participantIds, boolean force, boolean countsForPeriod) {
        UUID id = runs.create(force, countsForPeriod, "OPS", participantIds);
        workers.submitRun("digest run " + id, () -> execute(id, participantIds, force, countsForPeriod));
        return id;
    }

    /** The timer: looks for people who are due. The interval is configuration ("off" in tests). */
    @Scheduled(
            identity = "digest-run",
            every = "${notifications.schedule.digest-every}",
            delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        runScheduled();
    }

    /** The scheduled job: runs in the caller's thread. */
    public UUID runScheduled() {
        UUID id = runs.create(false, "SCHEDULE");
        execute(id, null, false);
        return id;
    }

    /**
     * Claims every due period first (paging through people), then sends the run's work ordered by content start,
     * so people who share a "since" share a POST /agendas call however the pages fell.
     */
    public void execute(UUID runId, List<UUID> participantIds, boolean force) {
        execute(runId, participantIds, force, true);
    }

    /** As {@link #execute(UUID, List, boolean)}; {@code countsForPeriod}: a forced digest is the period's digest. */
    public void execute(UUID runId, List<UUID> participantIds, boolean force, boolean countsForPeriod) {
        runs.started(runId);
        // People found due, kept so that sending needs no second lookup.
        Map<UUID, Participant> due = new HashMap<>();
        // Digests this run claimed (a period another run already claimed is not counted again).
        long[] claimed = {0};
        Consumer<List<Participant>> claimDue = people -> {
            runs.alive(runId, Instant.now());
            DigestPlanner.Plan plan = planner.plan(people, force, countsForPeriod, Instant.now());
            List<NewDigest> digests = plan.due();
            if (participantIds != null && !participantIds.isEmpty()) {
                // Asked for by name: say whom it left out, and why (not for everyone: that is the schedule's job).
                runs.leftOut(runId, plan.leftOut());
            }
            int inserted = periods.claim(runId, digests, Instant.now());
            claimed[0] += inserted;
            metrics.digestsDue(inserted);
            Map<UUID, Participant> byId = new HashMap<>();
            people.forEach(p -> byId.put(p.id(), p));
            digests.forEach(d -> due.put(d.participantId(), byId.get(d.participantId())));
        };
        String planningError = null;
        try {
            if (participantIds == null || participantIds.isEmpty()) {
                everyone(claimDue);
            } else {
                named(runId, participantIds, claimDue);
            }
        } catch (DependencyUnavailableException e) {
            // Whoever was not reached is found again by the next run; what was claimed is still sent now.
            planningError = e.service() + " is unavailable; the next run picks up whoever is still due";
        }
        try {
            pipeline.drain(ClaimScope.run(runId), due, () -> runs.alive(runId, Instant.now()));
            if (planningError != null && force) {
                // Asked for by a person: it waits and is planned again when the dependency is back, where an
                // ordinary run leaves the rest to the next scheduled one. Who was already reached is not sent twice
                // (a forced digest is keyed by its run).
                runs.waitForDependency(
                        runId,
                        planningError.replace(
                                "the next run picks up whoever is still due",
                                "the run is tried again every minute until it answers"));
                metrics.runEnded(RunOutcome.WAITING, claimed[0]);
                return;
            }
            runs.finished(runId, planningError == null ? RunStatus.FINISHED : RunStatus.ABORTED, planningError);
            metrics.runEnded(planningError == null ? RunOutcome.FINISHED : RunOutcome.ABORTED, claimed[0]);
        } catch (RuntimeException e) {
            // Types and frames only: an exception's message can quote an address or a subject.
            String errorId = FailureLog.record(e, "digest run " + runId + " (its unsent work waits for the retry job)");
            runs.finished(runId, RunStatus.ABORTED, "internal error, id " + errorId);
            metrics.runEnded(RunOutcome.ABORTED, claimed[0]);
        }
    }

    /** Plans again the forced runs that waited for a dependency (the retry job calls this). */
    public void replanWaiting() {
        runs.waitingToPlan()
                .forEach((runId, requested) -> execute(runId, requested, true, runs.countsForPeriod(runId)));
    }

    private void everyone(Consumer<List<Participant>> claimDue) {
        int size = Math.max(1, Math.min(200, config.digest().pageSize()));
        long seen = 0;
        for (int page = 0; ; page++) {
            ParticipantPage batch = participants.activePage(page, size);
            List<Participant> people = batch.itemsOrEmpty();
            claimDue.accept(people);
            seen += people.size();
            if (people.isEmpty() || seen >= batch.total()) {
                return;
            }
        }
    }

    private void named(UUID runId, List<UUID> ids, Consumer<List<Participant>> claimDue) {
        List<UUID> distinct = ids.stream().distinct().toList();
        for (int i = 0; i < distinct.size(); i += LOOKUP_LIMIT) {
            var found = participants.lookup(distinct.subList(i, Math.min(distinct.size(), i + LOOKUP_LIMIT)));
            if (found.missing() != null && !found.missing().isEmpty()) {
                Map<UUID, String> unknown = new java.util.LinkedHashMap<>();
                found.missing().forEach(id -> unknown.put(id, NOT_REGISTERED));
                runs.leftOut(runId, unknown);
            }
            claimDue.accept(found.itemsOrEmpty());
        }
    }

    static final String NOT_REGISTERED = "not registered (or erased)";
}
