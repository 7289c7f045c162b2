package org.coproduction.notifications.delivery;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.coproduction.platform.problem.FailureLog;
import org.jboss.logging.Logger;

/**
 * Background threads for work started by a request, so the request can answer 202. Digest runs have their own
 * thread: a long run must never hold up a cancellation notice, which goes on the send threads.
 */
@ApplicationScoped
public class Workers {

    private static final Logger LOG = Logger.getLogger(Workers.class);
    private final ExecutorService runs = pool("digest-run-", 1);
    private final ExecutorService sends = pool("delivery-worker-", 2);

    /** A digest run (long). */
    public void submitRun(String what, Runnable task) {
        runs.submit(guarded(what, task));
    }

    /** Notices and retries (short, and people are waiting for them). */
    public void submit(String what, Runnable task) {
        sends.submit(guarded(what, task));
    }

    private static Runnable guarded(String what, Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                // Nothing is lost: unfinished deliveries stay in the table for the retry job. Logged without the
                // exception's message, which can quote an address or a subject.
                LOG.errorf("Background work failed: %s: %s", what, FailureLog.describe(e));
            }
        };
    }

    private static ExecutorService pool(String prefix, int threads) {
        AtomicInteger counter = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, prefix + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() throws InterruptedException {
        runs.shutdown();
        sends.shutdown();
        runs.awaitTermination(30, TimeUnit.SECONDS);
        sends.awaitTermination(30, TimeUnit.SECONDS);
    }
}
