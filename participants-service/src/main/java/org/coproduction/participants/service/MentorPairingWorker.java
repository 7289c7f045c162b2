package org.coproduction.participants.service;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.coproduction.participants.client.NotificationsClient;
import org.coproduction.participants.config.ParticipantsConfig;
import org.coproduction.participants.domain.Backoff;
import org.coproduction.platform.tracing.TraceContexts;
import org.jboss.logging.Logger;

/**
 * Tells mentees and mentors of their pairing: sends each queued pairing as a {@code MENTOR_PAIRED} notice (this
 * service's own token, the row id as Idempotency-Key), retrying with backoff until notifications-service accepts
 * it. Logs carry no participant id.
 */
@ApplicationScoped
public class MentorPairingWorker {

    private static final Logger LOG = Logger.getLogger(MentorPairingWorker.class);

    private final MentorPairingOutbox outbox;
    private final NotificationsClient notifications;
    private final ParticipantsConfig config;
    private final Tracer tracer;

    public MentorPairingWorker(
            MentorPairingOutbox outbox, NotificationsClient notifications, ParticipantsConfig config, Tracer tracer) {
        this.outbox = outbox;
        this.notifications = notifications;
        this.config = config;
        this.tracer = tracer;
    }

    @Scheduled(
            every = "${participants.mentor-pairing.every}",
            delayed = "${participants.mentor-pairing.delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "mentor-pairing-outbox")
    void scheduled() {
        run();
    }

    /** One pass over the due pairings; returns how many notices were accepted. */
    public int run() {
        ParticipantsConfig.MentorPairing settings = config.mentorPairing();
        int sent = 0;
        for (MentorPairingOutbox.Pairing pairing : outbox.take(settings.batchSize(), settings.lease())) {
            // A child of the request that confirmed the pairing, current during the call so the notice continues it.
            Span span = tracer.spanBuilder("mentor-pairing-outbox send")
                    .setParent(TraceContexts.parentFrom(pairing.traceparent()))
                    .setAttribute("coproduction.notice.id", pairing.id().toString())
                    .startSpan();
            try (Scope ignored = span.makeCurrent()) {
                notifications.mentorPaired(pairing.id(), pairing.menteeId(), pairing.mentorId());
                outbox.done(pairing);
                sent++;
            } catch (RuntimeException e) {
                span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
                outbox.retryAt(
                        pairing,
                        Instant.now()
                                .plus(Backoff.after(pairing.attempts(), settings.firstRetry(), settings.maxRetry())));
                LOG.warnf(
                        "A mentor pairing notice could not be sent yet (attempt %d, %s); it will be tried again",
                        pairing.attempts(), e.getClass().getSimpleName());
            } finally {
                span.end();
            }
        }
        return sent;
    }
}
