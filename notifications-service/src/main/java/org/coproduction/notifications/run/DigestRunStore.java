package org.coproduction.notifications.run;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
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

    public DigestRunStore(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public UUID create(boolean forced, String trigger) {
        DigestRun run = new DigestRun();
        run.id = UUID.randomUUID();
        run.status = RunStatus.QUEUED;
        run.forced = forced;
        run.trigger = trigger;
        run.createdAt = Instant.now();
        run.persist();
        return run.id;
    }

    @Transactional
    public void started(UUID id) {
        DigestRun run = DigestRun.findById(id);
        run.status = RunStatus.RUNNING;
        run.startedAt = Instant.now();
    }

    @Transactional
    public void finished(UUID id, RunStatus status, String error) {
        DigestRun run = DigestRun.findById(id);
        run.status = status;
        run.error = ErrorText.fit(error);
        run.finishedAt = Instant.now();
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
        long sent = 0, failed = 0, skipped = 0, waiting = 0;
        for (Object[] row : rows) {
            long n = (Long) row[1];
            switch ((DeliveryStatus) row[0]) {
                case SENT -> sent += n;
                // Settled without arriving: failed for good, refused by the mail server, or fate unknown.
                case FAILED, REJECTED, UNKNOWN -> failed += n;
                case SKIPPED -> skipped += n;
                default -> waiting += n;
            }
        }
        String status = switch (run.status) {
            case FINISHED -> waiting > 0 ? "WAITING" : "COMPLETED";
            default -> run.status.name();
        };
        return Optional.of(new RunCounts(
                run.id,
                status,
                run.forced,
                run.trigger,
                sent + failed + skipped + waiting,
                sent,
                failed,
                skipped,
                waiting,
                run.error,
                run.createdAt,
                run.finishedAt));
    }
}
