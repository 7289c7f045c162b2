package org.coproduction.notifications.retry;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.notifications.delivery.DeliveryPipeline;
import org.coproduction.notifications.delivery.Workers;
import org.coproduction.notifications.delivery.claim.ClaimScope;
import org.coproduction.notifications.delivery.record.DeliveryLog;
import org.coproduction.notifications.delivery.record.DeliveryView;
import org.jboss.logging.Logger;

/**
 * Trying again: the timer that picks up waiting work (retries after backoff, work handed back while a dependency
 * was down, work of an instance that stopped), and ops asking for one delivery to be tried again now.
 */
@ApplicationScoped
public class DeliveryRetryService {

    private static final Logger LOG = Logger.getLogger(DeliveryRetryService.class);

    private final DeliveryLog log;
    private final DeliveryPipeline pipeline;
    private final Workers workers;
    private final org.coproduction.notifications.run.DigestRunStore runs;
    /** Looked up lazily: the run service uses the pipeline too, and a run waiting for a dependency is rare. */
    private final jakarta.enterprise.inject.Instance<org.coproduction.notifications.run.DigestRunService> forcedRuns;

    public DeliveryRetryService(
            DeliveryLog log,
            DeliveryPipeline pipeline,
            Workers workers,
            org.coproduction.notifications.run.DigestRunStore runs,
            jakarta.enterprise.inject.Instance<org.coproduction.notifications.run.DigestRunService> forcedRuns) {
        this.log = log;
        this.pipeline = pipeline;
        this.workers = workers;
        this.runs = runs;
        this.forcedRuns = forcedRuns;
    }

    /** Ops asked to try a delivery again: requeue it (committed), then send it in the background. */
    public DeliveryView retry(UUID id) {
        DeliveryView view = log.requeue(id);
        workers.submit("retry " + id, () -> pipeline.drain(ClaimScope.ids(List.of(id)), Map.of()));
        return view;
    }

    @Scheduled(
            identity = "delivery-retry",
            every = "${notifications.schedule.retry-every}",
            delayed = "45s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        retryWaiting();
    }

    /** One pass of the timer; public so ops tooling and tests can run one without waiting for it. */
    public void retryWaiting() {
        int interrupted = log.failInterrupted(Instant.now());
        if (interrupted > 0) {
            LOG.warnf(
                    "%d deliveries were in flight when an instance died and are now UNKNOWN for a person to check",
                    interrupted);
        }
        int abandoned = runs.closeAbandoned(Instant.now());
        if (abandoned > 0) {
            LOG.warnf("%d digest runs were left unfinished by a stopped instance and are now closed", abandoned);
        }
        forcedRuns.get().replanWaiting();
        pipeline.drain(ClaimScope.all(), Map.of());
    }
}
