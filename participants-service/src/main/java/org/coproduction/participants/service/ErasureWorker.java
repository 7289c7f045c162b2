package org.coproduction.participants.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.coproduction.participants.client.NotificationsClient;
import org.coproduction.participants.client.SessionsClient;
import org.coproduction.participants.config.ParticipantsConfig;
import org.coproduction.participants.domain.Backoff;
import org.coproduction.participants.domain.ErasureTarget;
import org.jboss.logging.Logger;

/**
 * Carries erasures from the outbox to sessions- and notifications-service ({@code POST /erasures} with this
 * service's own token), retrying with backoff until each answers 204; a target that is down is completed when it
 * comes back. Logs carry no participant id.
 */
@ApplicationScoped
public class ErasureWorker {

    private static final Logger LOG = Logger.getLogger(ErasureWorker.class);

    private final ErasureOutbox outbox;
    private final SessionsClient sessions;
    private final NotificationsClient notifications;
    private final ParticipantsConfig config;

    public ErasureWorker(
            ErasureOutbox outbox,
            SessionsClient sessions,
            NotificationsClient notifications,
            ParticipantsConfig config) {
        this.outbox = outbox;
        this.sessions = sessions;
        this.notifications = notifications;
        this.config = config;
    }

    @Scheduled(
            every = "${participants.erasure.every}",
            delayed = "${participants.erasure.delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "erasure-outbox")
    void scheduled() {
        run();
    }

    /** One pass over the due tasks; returns how many were completed. */
    public int run() {
        int done = 0;
        for (ErasureOutbox.Task task :
                outbox.take(config.erasure().batchSize(), config.erasure().lease())) {
            try {
                if (task.target() == ErasureTarget.SESSIONS) {
                    sessions.erase(task.participantId());
                } else {
                    notifications.erase(task.participantId());
                }
                outbox.done(task);
                done++;
            } catch (RuntimeException e) {
                outbox.retryAt(
                        task,
                        Instant.now()
                                .plus(Backoff.after(
                                        task.attempts(),
                                        config.erasure().firstRetry(),
                                        config.erasure().maxRetry())));
                LOG.warnf(
                        "An erasure could not be carried to %s yet (attempt %d, %s); it will be tried again",
                        task.target(), task.attempts(), e.getClass().getSimpleName());
            }
        }
        return done;
    }
}
