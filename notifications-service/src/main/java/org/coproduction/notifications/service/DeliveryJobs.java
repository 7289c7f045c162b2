package org.coproduction.notifications.service;

import java.time.Instant;
import java.util.Map;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The two timers: look for people who are due, and pick up work that is waiting. Intervals are configuration. */
@ApplicationScoped
public class DeliveryJobs {

    private static final Logger LOG = Logger.getLogger(DeliveryJobs.class);

    @Inject
    DigestRunService runs;

    @Inject
    DeliveryQueue queue;

    @Inject
    DeliveryDispatcher dispatcher;

    @Scheduled(identity = "digest-run", every = "${notifications.schedule.digest-every}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void digests() {
        runs.runScheduled();
    }

    @Scheduled(identity = "delivery-retry", every = "${notifications.schedule.retry-every}", delayed = "45s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void retries() {
        retryWaiting();
    }

    /** Public so ops tooling and tests can run one pass without waiting for the timer. */
    public void retryWaiting() {
        int interrupted = queue.failInterrupted(Instant.now());
        if (interrupted > 0) {
            LOG.warnf("%d deliveries were interrupted mid-send and are now FAILED for a person to check", interrupted);
        }
        dispatcher.drain(ClaimScope.all(), Map.of());
    }
}
