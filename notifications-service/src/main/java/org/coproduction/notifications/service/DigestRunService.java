package org.coproduction.notifications.service;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.coproduction.notifications.client.DependencyUnavailableException;
import org.coproduction.notifications.client.Participant;
import org.coproduction.notifications.client.ParticipantPage;
import org.coproduction.notifications.client.ParticipantsGateway;
import org.coproduction.notifications.config.NotificationsConfig;
import org.coproduction.notifications.domain.RunStatus;
import org.jboss.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A digest run: page through the people (or look up the ones named), claim the periods that are due, and
 * send them page by page so memory stays flat however many people there are.
 */
@ApplicationScoped
public class DigestRunService {

    private static final Logger LOG = Logger.getLogger(DigestRunService.class);

    @Inject
    DigestRunStore runs;

    @Inject
    DigestPlanner planner;

    @Inject
    DeliveryDispatcher dispatcher;

    @Inject
    ParticipantsGateway participants;

    @Inject
    NotificationsConfig config;

    @Inject
    Workers workers;

    /** Starts a run in the background and answers at once with its id. */
    public UUID start(List<UUID> participantIds, boolean force) {
        UUID id = runs.create(force, "OPS");
        workers.submitRun("digest run " + id, () -> execute(id, participantIds, force));
        return id;
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
        runs.started(runId);
        Map<UUID, Participant> due = new HashMap<>();
        String planningError = null;
        try {
            if (participantIds == null || participantIds.isEmpty()) {
                everyone(runId, force, due);
            } else {
                named(runId, participantIds, force, due);
            }
        } catch (DependencyUnavailableException e) {
            // Whoever was not reached is found again by the next run; what was claimed is still sent now.
            planningError = e.getMessage() + "; the next run picks up whoever is still due";
        }
        try {
            dispatcher.drain(ClaimScope.run(runId), due);
            runs.finished(runId, planningError == null ? RunStatus.FINISHED : RunStatus.ABORTED, planningError);
        } catch (RuntimeException e) {
            String errorId = UUID.randomUUID().toString();
            LOG.errorf(e, "Digest run %s failed (error id %s); its unsent work waits for the retry job", runId, errorId);
            runs.finished(runId, RunStatus.ABORTED, "internal error, id " + errorId);
        }
    }

    private void everyone(UUID runId, boolean force, Map<UUID, Participant> due) {
        int size = Math.max(1, Math.min(200, config.digest().pageSize()));
        long seen = 0;
        for (int page = 0; ; page++) {
            ParticipantPage batch = participants.activePage(page, size);
            List<Participant> people = batch.itemsOrEmpty();
            remember(due, planner.plan(runId, people, force, Instant.now()));
            seen += people.size();
            if (people.isEmpty() || seen >= batch.total()) {
                return;
            }
        }
    }

    private void named(UUID runId, List<UUID> ids, boolean force, Map<UUID, Participant> due) {
        List<UUID> distinct = ids.stream().distinct().toList();
        for (int i = 0; i < distinct.size(); i += 1000) {
            List<Participant> people = participants.lookup(distinct.subList(i, Math.min(distinct.size(), i + 1000)))
                    .itemsOrEmpty();
            remember(due, planner.plan(runId, people, force, Instant.now()));
        }
    }

    private static void remember(Map<UUID, Participant> due, List<Participant> people) {
        people.forEach(p -> due.put(p.id(), p));
    }
}
