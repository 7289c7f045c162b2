package org.coproduction.notifications.delivery;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.coproduction.notifications.client.Participant;
import org.coproduction.notifications.config.NotificationsConfig;
import org.coproduction.notifications.delivery.claim.ClaimScope;
import org.coproduction.notifications.delivery.claim.DeliveryQueue;
import org.coproduction.notifications.delivery.claim.DeliveryWork;
import org.coproduction.notifications.delivery.compose.Composed;
import org.coproduction.notifications.delivery.compose.Composed.Held;
import org.coproduction.notifications.delivery.compose.DeliveryComposer;
import org.coproduction.notifications.delivery.compose.OutgoingMail;
import org.coproduction.notifications.delivery.paper.DocumentStore;
import org.coproduction.notifications.delivery.record.DeliveryLog;
import org.coproduction.notifications.delivery.record.DeliveryMetrics;
import org.coproduction.notifications.delivery.record.DeliveryMetrics.Outcome;
import org.coproduction.notifications.delivery.send.MailSender;
import org.coproduction.notifications.delivery.send.SendOutcome;
import org.coproduction.notifications.domain.DeliveryKind;
import org.coproduction.notifications.domain.DeliveryStatus;
import org.coproduction.platform.tracing.TraceContexts;
import org.jboss.logging.Logger;

/**
 * Sends waiting deliveries, step by step: claim a batch, compose its mail, then a few at a time (as many as may be
 * at the SMTP server at once): mark them SENDING, hand them to SMTP, record the outcomes straight away. A dependency that is down hands the work back to wait;
 * nothing is recorded as sent unless the SMTP server accepted it. Each step's database work is its own short
 * transaction, so no transaction is open while another service is asked or mail is sent.
 *
 * <p>On shutdown it stops claiming and stops starting mails (claimed ones go back to wait, and are sent after the
 * restart, by this instance or another), and waits, bounded, for the mails already handed to SMTP so their outcome is
 * recorded before the database closes. Only a crash can leave a delivery SENDING: its fate is then unknown, and it is
 * never sent again automatically.
 */
@ApplicationScoped
public class DeliveryPipeline {

    private static final Logger LOG = Logger.getLogger(DeliveryPipeline.class);

    private final DeliveryQueue queue;
    private final DeliveryComposer composer;
    private final MailSender sender;
    private final DeliveryLog log;
    private final NotificationsConfig config;
    private final DocumentStore documents;
    private final Tracer tracer;
    private final DeliveryMetrics metrics;
    /** Mails between "mark SENDING" and "outcome recorded". */
    private final AtomicInteger inFlight = new AtomicInteger();

    private volatile boolean stopping;
    /** The sender's domain, for Message-IDs (from {@code quarkus.mailer.from}). */
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "quarkus.mailer.from")
    java.util.Optional<String> from;

    public DeliveryPipeline(
            DeliveryQueue queue,
            DeliveryComposer composer,
            MailSender sender,
            DeliveryLog log,
            NotificationsConfig config,
            DocumentStore documents,
            Tracer tracer,
            DeliveryMetrics metrics) {
        this.queue = queue;
        this.composer = composer;
        this.sender = sender;
        this.log = log;
        this.config = config;
        this.documents = documents;
        this.tracer = tracer;
        this.metrics = metrics;
    }

    /**
     * Fired before the beans (and so the datasource) are destroyed: stop starting mails, then wait for those in
     * flight to be recorded.
     */
    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
        Instant deadline = Instant.now().plus(config.delivery().shutdownWait());
        while (inFlight.get() > 0 && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (inFlight.get() > 0) {
            LOG.warnf("Stopped with %d mails still at the SMTP server; their outcome is unknown", inFlight.get());
        }
    }

    /**
     * The span of one delivery handed to SMTP, a child of the request that queued it (a notice from sessions-service's
     * outbox continues the coordinator's call), so one trace shows the notice through to each mail. Ids only.
     */
    private Span deliverySpan(UUID deliveryId, String traceparent) {
        return tracer.spanBuilder("notice delivery send")
                .setParent(TraceContexts.parentFrom(traceparent))
                .setSpanKind(SpanKind.INTERNAL)
                .setAttribute("coproduction.delivery.id", deliveryId.toString())
                .startSpan();
    }

    private static void endSpan(Span span, SendOutcome outcome) {
        if (span == null) {
            return;
        }
        span.setAttribute(
                "coproduction.delivery.outcome", outcome.sent() ? "sent" : outcome.rejected() ? "rejected" : "failed");
        if (!outcome.sent()) {
            span.setStatus(StatusCode.ERROR);
        }
        span.end();
    }

    /** {@code <delivery id@the sender's domain>}, as RFC 5322 asks (unique, with a domain the sender controls). */
    String messageId(UUID deliveryId) {
        String domain =
                from == null ? null : from.map(DeliveryPipeline::domainOf).orElse(null);
        return "<" + deliveryId + "@" + (domain == null ? "notifications.coproduction" : domain) + ">";
    }

    static String domainOf(String address) {
        String bare = address.replaceAll(".*<([^>]+)>.*", "$1").strip();
        int at = bare.lastIndexOf('@');
        String domain = at < 0 ? "" : bare.substring(at + 1);
        return domain.matches("[A-Za-z0-9.-]+") ? domain : "notifications.coproduction";
    }

    /** Whether the service is stopping (no new work is started). */
    public boolean stopping() {
        return stopping;
    }

    /**
     * Sends everything in scope that was waiting when this call began. Work that fails now waits for its
     * backoff and is left to the retry job, so one call never spins on a broken server.
     *
     * @param known people already fetched by the caller (saves a lookup); others are looked up in batches
     */
    public void drain(ClaimScope scope, Map<UUID, Participant> known) {
        drain(scope, known, () -> {});
    }

    /** As {@link #drain(ClaimScope, Map)}, telling {@code eachBatch} before each batch (a run's sign of life). */
    public void drain(ClaimScope scope, Map<UUID, Participant> known, Runnable eachBatch) {
        Instant began = Instant.now();
        while (!stopping) {
            eachBatch.run();
            List<DeliveryWork> batch = queue.claim(scope, config.delivery().claimBatchSize(), began, Instant.now());
            if (batch.isEmpty()) {
                return;
            }
            // Every delivery of one claim carries the same token.
            UUID claimToken = batch.get(0).claimToken();
            Composed composed = composer.compose(batch, known);
            handBack(composed.waiting(), claimToken);
            composed.skipped().forEach(held -> {
                log.skipped(held.work().id(), claimToken, held.reason(), Instant.now());
                metrics.delivered(held.work().kind(), Outcome.SKIPPED, 1);
            });
            // Letters and call sheets: nothing to send; READY for a coordinator to print or call (issue 13).
            if (!composed.onPaper().isEmpty()) {
                documents.ready(composed.onPaper(), claimToken, Instant.now());
            }
            Map<UUID, String> traces = new java.util.HashMap<>();
            batch.stream().filter(w -> w.traceparent() != null).forEach(w -> traces.put(w.id(), w.traceparent()));
            Map<UUID, DeliveryKind> kinds = new java.util.HashMap<>();
            batch.forEach(work -> kinds.put(work.id(), work.kind()));
            send(composed.ready(), claimToken, traces, kinds);
        }
    }

    private void handBack(List<Held> waiting, UUID claimToken) {
        Map<String, List<UUID>> byReason = waiting.stream()
                .collect(Collectors.groupingBy(
                        Held::reason,
                        LinkedHashMap::new,
                        Collectors.mapping(held -> held.work().id(), Collectors.toList())));
        byReason.forEach((reason, ids) -> queue.release(ids, claimToken, reason, Instant.now()));
    }

    /**
     * A few at a time (as many as may be at the SMTP server at once): each group is marked SENDING only just before it
     * goes and recorded straight after, so no more than that many deliveries are ever of unknown fate. The sends of a
     * group are made from this one thread (the mail client misbehaves when many threads send through it at once).
     */
    private void send(
            List<OutgoingMail> outgoing, UUID claimToken, Map<UUID, String> traces, Map<UUID, DeliveryKind> kinds) {
        int group = Math.max(1, config.delivery().sendConcurrency());
        for (int i = 0; i < outgoing.size(); i += group) {
            List<OutgoingMail> next = outgoing.subList(i, Math.min(outgoing.size(), i + group));
            inFlight.incrementAndGet();
            try {
                if (stopping) {
                    queue.release(
                            outgoing.subList(i, outgoing.size()).stream()
                                    .map(OutgoingMail::deliveryId)
                                    .toList(),
                            claimToken,
                            "the service was stopping; sent after it starts again",
                            Instant.now());
                    return;
                }
                sendGroup(next, claimToken, traces, kinds);
            } finally {
                inFlight.decrementAndGet();
            }
        }
    }

    /** A failed attempt's outcome, by the status it left the delivery in (null: another claim owns it now). */
    static Outcome outcomeOf(DeliveryStatus status) {
        if (status == null) {
            return Outcome.RETRY;
        }
        return switch (status) {
            case REJECTED -> Outcome.REJECTED;
            case FAILED -> Outcome.FAILED;
            default -> Outcome.RETRY;
        };
    }

    private void sendGroup(
            List<OutgoingMail> group, UUID claimToken, Map<UUID, String> traces, Map<UUID, DeliveryKind> kinds) {
        List<UUID> ours =
                queue.markSending(group.stream().map(OutgoingMail::deliveryId).toList(), claimToken, Instant.now());
        // Only what this claim still owns: if its lease lapsed, another instance has the rest now.
        List<OutgoingMail> mine =
                group.stream().filter(m -> ours.contains(m.deliveryId())).toList();
        // One Message-ID per delivery, the same on every attempt: a receiving system can drop a repeat.
        mine.forEach(m -> m.mail().addHeader("Message-ID", messageId(m.deliveryId())));
        Map<UUID, String> subjects = new java.util.HashMap<>();
        mine.forEach(m -> subjects.put(m.deliveryId(), m.mail().getSubject()));
        Map<UUID, Span> spans = new java.util.HashMap<>();
        mine.stream()
                .filter(m -> traces.containsKey(m.deliveryId()))
                .forEach(m -> spans.put(m.deliveryId(), deliverySpan(m.deliveryId(), traces.get(m.deliveryId()))));
        List<SendOutcome> outcomes = sender.send(mine);
        outcomes.forEach(outcome -> endSpan(spans.remove(outcome.deliveryId()), outcome));
        spans.values().forEach(Span::end);
        List<UUID> sent = outcomes.stream()
                .filter(SendOutcome::sent)
                .map(SendOutcome::deliveryId)
                .toList();
        log.sent(sent, subjects, claimToken, Instant.now());
        sent.forEach(id -> metrics.delivered(kinds.get(id), Outcome.SENT, 1));
        for (SendOutcome failed : outcomes) {
            if (!failed.sent()) {
                // Refused for good (5xx): REJECTED at once; anything else waits for its backoff, then FAILED.
                DeliveryStatus now = failed.rejected()
                        ? log.rejected(failed.deliveryId(), claimToken, failed.error(), Instant.now())
                        : log.failed(failed.deliveryId(), claimToken, failed.error(), Instant.now());
                // The error names no recipient and no subject (MailSender redacts them).
                LOG.warnf("Delivery %s not accepted (%s), now %s", failed.deliveryId(), failed.error(), now);
                metrics.delivered(kinds.get(failed.deliveryId()), outcomeOf(now), 1);
            }
        }
    }
}
