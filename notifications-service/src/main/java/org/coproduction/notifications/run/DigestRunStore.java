package org.coproduction.notifications.run;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.coproduction.notifications.domain.DeliveryStatus;
import org.coproduction.notifications.domain.DigestRun;
import org.coproduction.notifications.domain.ErrorText;
import org.coproduction.notifications.domain.RunStatus;

/** Digest runs as ops follow them: created, started, finished, and counted by what became of their deliveries. */
@ApplicationScoped
public class DigestRunStore {

    private final EntityManager em;
    /**
     * How long a run stays alive without a sign from its instance: the delivery lease, since an instance signs every
     * batch it plans or claims, and claims are held no longer than that either.
     */
    private final java.time.Duration aliveFor;

    public DigestRunStore(EntityManager em, org.coproduction.notifications.config.NotificationsConfig config) {
        this.em = em;
        this.aliveFor = config.delivery().lease();
    }

    @Transactional
    public UUID create(boolean forced, String trigger) {
        return create(forced, trigger, null);
    }

    /** A run, remembering whom it was asked for (null: everyone). */
    @Transactional
    public UUID create(boolean forced, String trigger, List<UUID> requested) {
        return create(forced, true, trigger, requested);
    }

    /** A run; {@code countsForPeriod}: whether its forced digests count as the period's digest. */
    @Transactional
    public UUID create(boolean forced, boolean countsForPeriod, String trigger, List<UUID> requested) {
        DigestRun run = new DigestRun();
        run.id = UUID.randomUUID();
        run.status = RunStatus.QUEUED;
        run.forced = forced;
        run.countsForPeriod = countsForPeriod;
        run.trigger = trigger;
        run.createdAt = Instant.now();
        run.aliveUntil = run.createdAt.plus(aliveFor);
        run.requestedIds = requested == null || requested.isEmpty()
                ? null
                : String.join(",", requested.stream().map(UUID::toString).toList());
        run.persist();
        return run.id;
    }

    @Transactional
    public void started(UUID id) {
        DigestRun run = DigestRun.findById(id);
        run.status = RunStatus.RUNNING;
        run.startedAt = Instant.now();
        run.replan = false;
        run.error = null;
        run.aliveUntil = run.startedAt.plus(aliveFor);
    }

    /**
     * A forced run whose planning could not reach a dependency: it waits (QUEUED, saying why) and the retry job plans
     * it again; no instance owns it meanwhile, so it is never closed as abandoned.
     */
    @Transactional
    public void waitForDependency(UUID id, String why) {
        DigestRun run = DigestRun.findById(id);
        run.status = RunStatus.QUEUED;
        run.replan = true;
        run.aliveUntil = null;
        run.error = ErrorText.fit(why);
    }

    /** Forced runs waiting to be planned again, oldest first, with whom they were asked for. */
    @Transactional
    public Map<UUID, List<UUID>> waitingToPlan() {
        Map<UUID, List<UUID>> waiting = new java.util.LinkedHashMap<>();
        DigestRun.<DigestRun>list("replan = true and status = ?1 order by createdAt", RunStatus.QUEUED)
                .forEach(run -> waiting.put(
                        run.id,
                        run.requestedIds == null
                                ? List.of()
                                : java.util.Arrays.stream(run.requestedIds.split(","))
                                        .map(UUID::fromString)
                                        .toList()));
        return waiting;
    }

    /** Whether a run's forced digests count as the period's digest (true for an unknown run). */
    @Transactional
    public boolean countsForPeriod(UUID id) {
        DigestRun run = DigestRun.findById(id);
        return run == null || run.countsForPeriod;
    }

    /** Whom a run asked for by name left out, and why; noted once per person and run. */
    @Transactional
    public void leftOut(UUID runId, Map<UUID, String> reasons) {
        reasons.forEach((participantId, reason) -> em.createNativeQuery(
                        "insert into run_skip (run_id, participant_id, reason) values (:run, :person, :reason)"
                                + " on conflict (run_id, participant_id) do update set reason = excluded.reason")
                .setParameter("run", runId)
                .setParameter("person", participantId)
                .setParameter("reason", ErrorText.fit(reason))
                .executeUpdate());
    }

    /** The run's instance is still at work on it. */
    @Transactional
    public void alive(UUID id, Instant now) {
        DigestRun.update("aliveUntil = ?1 where id = ?2 and status = ?3", now.plus(aliveFor), id, RunStatus.RUNNING);
    }

    /**
     * Runs whose instance stopped before finishing them (QUEUED or RUNNING, and no sign of life): closed, so they
     * read COMPLETED once their deliveries are settled by whichever instance sends what they left waiting.
     */
    @Transactional
    public int closeAbandoned(Instant now) {
        return DigestRun.update(
                "status = ?1, finishedAt = ?2, error = ?3, requestedIds = null where status in ?4 and aliveUntil < ?2",
                RunStatus.FINISHED,
                now,
                "its instance stopped before the run finished; what it had found due is sent by the retry job,"
                        + " and anyone it had not reached yet is found by the next run",
                List.of(RunStatus.QUEUED, RunStatus.RUNNING));
    }

    @Transactional
    public void finished(UUID id, RunStatus status, String error) {
        DigestRun run = DigestRun.findById(id);
        run.status = status;
        run.error = ErrorText.fit(error);
        run.finishedAt = Instant.now();
        // Whom it was asked for is kept only while it may have to be planned again: it names people.
        run.requestedIds = null;
    }

    /**
     * The stored status refined by the deliveries: a finished run with work still waiting (retries, a dependency
     * that was down) reads WAITING until the last of it is sent or failed, then COMPLETED.
     */
    @Transactional
    public Optional<RunCounts> counts(UUID id) {
        DigestRun run = DigestRun.findById(id);
        if (run == null) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createQuery(
                        "select d.status, count(d) from Delivery d where d.runId = ?1 group by d.status")
                .setParameter(1, id)
                .getResultList();
        long sent = 0, failed = 0, skipped = 0, waiting = 0, ready = 0;
        for (Object[] row : rows) {
            long n = (Long) row[1];
            switch ((DeliveryStatus) row[0]) {
                case SENT -> sent += n;
                // Settled without arriving: failed for good, refused by the mail server, or fate unknown.
                case FAILED, REJECTED, UNKNOWN -> failed += n;
                case SKIPPED -> skipped += n;
                // A letter or call sheet made: settled for the run, whether or not it was posted or called yet.
                case READY, POSTED, CALLED -> ready += n;
                default -> waiting += n;
            }
        }
        @SuppressWarnings("unchecked")
        List<Object[]> leftOutRows = em.createNativeQuery(
                        "select participant_id, reason from run_skip where run_id = :run order by participant_id")
                .setParameter("run", id)
                .getResultList();
        List<RunCounts.LeftOut> leftOut = leftOutRows.stream()
                .map(row -> new RunCounts.LeftOut((UUID) row[0], (String) row[1]))
                .toList();
        String status = switch (run.status) {
            case FINISHED -> waiting > 0 ? "WAITING" : "COMPLETED";
            default -> run.status.name();
        };
        return Optional.of(new RunCounts(
                run.id,
                status,
                run.forced,
                run.trigger,
                sent + failed + skipped + waiting + ready,
                sent,
                failed,
                skipped,
                waiting,
                ready,
                run.error,
                run.createdAt,
                run.finishedAt,
                leftOut));
    }
}
