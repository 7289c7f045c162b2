package org.coproduction.notifications.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Background work started by requests: a long run never holds up a notice, and one failure stops nothing. */
class WorkersTest {

    private final Workers workers = new Workers();

    @AfterEach
    void stop() throws InterruptedException {
        workers.stop();
    }

    @Test
    void aNoticeGoesOutWhileALongDigestRunIsStillGoing() throws Exception {
        CountDownLatch runMayEnd = new CountDownLatch(1);
        CountDownLatch runEnded = new CountDownLatch(1);
        CountDownLatch noticeSent = new CountDownLatch(1);
        List<String> threads = new CopyOnWriteArrayList<>();

        workers.submitRun("long run", () -> {
            threads.add(Thread.currentThread().getName());
            waitFor(runMayEnd);
            runEnded.countDown();
        });
        workers.submit("notice", () -> {
            threads.add(Thread.currentThread().getName());
            noticeSent.countDown();
        });

        assertThat(noticeSent.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(runEnded.getCount()).isEqualTo(1);
        runMayEnd.countDown();
        assertThat(runEnded.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(threads)
                .anyMatch(name -> name.startsWith("digest-run-"))
                .anyMatch(name -> name.startsWith("delivery-worker-"));
    }

    @Test
    void aTaskThatFailsIsLoggedAndTheNextOneStillRuns() throws Exception {
        CountDownLatch next = new CountDownLatch(2);
        workers.submit("broken notice", () -> {
            throw new IllegalStateException("boom");
        });
        workers.submitRun("broken run", () -> {
            throw new IllegalStateException("boom");
        });
        workers.submit("notice", next::countDown);
        workers.submitRun("run", next::countDown);

        assertThat(next.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void stoppingLetsWorkAlreadyStartedFinish() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch mayFinish = new CountDownLatch(1);
        List<String> finished = new CopyOnWriteArrayList<>();
        workers.submit("slow notice", () -> {
            started.countDown();
            waitFor(mayFinish);
            finished.add("slow notice");
        });
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        // Queued before the stop: it still runs, and lets the first one end.
        workers.submit("second notice", () -> {
            finished.add("second notice");
            mayFinish.countDown();
        });

        workers.stop();

        assertThat(finished).containsExactlyInAnyOrder("slow notice", "second notice");
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
