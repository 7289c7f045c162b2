package org.coproduction.notifications.service;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.jboss.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/** Background threads for work started by a request (runs, notices, retries) so the request can answer 202. */
@ApplicationScoped
public class Workers {

    private static final Logger LOG = Logger.getLogger(Workers.class);
    private final AtomicInteger counter = new AtomicInteger();
    private final ExecutorService executor = Executors.newFixedThreadPool(2, task -> {
        Thread thread = new Thread(task, "delivery-worker-" + counter.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    public void submit(String what, Runnable task) {
        executor.submit(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                // Nothing is lost: unfinished deliveries stay in the table for the retry job.
                LOG.errorf(e, "Background work failed: %s", what);
            }
        });
    }

    @PreDestroy
    void stop() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(30, TimeUnit.SECONDS);
    }
}
