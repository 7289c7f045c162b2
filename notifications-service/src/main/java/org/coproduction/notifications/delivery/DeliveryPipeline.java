package org.coproduction.notifications.delivery;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import org.coproduction.notifications.delivery.record.DeliveryLog;
import org.coproduction.notifications.delivery.send.MailSender;
import org.coproduction.notifications.delivery.send.SendOutcome;
import org.coproduction.notifications.domain.DeliveryStatus;
import org.jboss.logging.Logger;

/**
 * Sends waiting deliveries, step by step: claim a batch, compose its mail, then for each mail on its own: mark it
 * SENDING, hand it to SMTP, record the outcome straight away. A dependency that is down hands the work back to wait;
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
    private ExecutorService senders;
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
            NotificationsConfig config) {
        this.queue = queue;
        this.composer = composer;
        this.sender = sender;
        this.log = log;
        this.config = config;
    }

    /** The sender threads, made on first use (as many as mails may be at the SMTP server at once). */
    private synchronized ExecutorService senders() {
        if (senders == null) {
            AtomicInteger counter = new AtomicInteger();
            senders = Executors.newFixedThreadPool(Math.max(1, config.delivery().sendConcurrency()), task -> {
                Thread thread = new Thread(task, "mail-sender-" + counter.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
        }
        return senders;
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
        if (senders != null) {
            senders.shutdownNow();
        }
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
            composed.skipped().forEach(held -> log.skipped(held.work().id(), claimToken, held.reason(), Instant.now()));
            send(composed.ready(), claimToken);
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

    /** Each mail on a sender thread of its own, marked SENDING only just before it goes. */
    private void send(List<OutgoingMail> outgoing, UUID claimToken) {
        List<Future<?>> sending = new ArrayList<>();
        for (OutgoingMail mail : outgoing) {
            sending.add(senders().submit(() -> sendOne(mail, claimToken)));
        }
        for (Future<?> one : sending) {
            try {
                one.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException e) {
                // sendOne records every outcome itself; what escapes is a database failure, and the delivery then
                // waits for its lease to lapse.
                LOG.errorf(
                        "A mail could not be recorded: %s",
                        e.getCause().getClass().getSimpleName());
            }
        }
    }

    private void sendOne(OutgoingMail mail, UUID claimToken) {
        UUID id = mail.deliveryId();
        inFlight.incrementAndGet();
        try {
            if (stopping) {
                queue.release(
                        List.of(id), claimToken, "the service was stopping; sent after it starts again", Instant.now());
                return;
            }
            if (queue.markSending(List.of(id), claimToken, Instant.now()).isEmpty()) {
                return; // the claim lapsed and another instance has it now
            }
            // One Message-ID per delivery, the same on every attempt: a receiving system can drop a repeat.
            mail.mail().addHeader("Message-ID", messageId(id));
            SendOutcome outcome = sender.send(List.of(mail)).get(0);
            if (outcome.sent()) {
                log.sent(List.of(id), Map.of(id, mail.mail().getSubject()), claimToken, Instant.now());
            } else {
                // Refused for good (5xx): REJECTED at once; anything else waits for its backoff, then FAILED.
                DeliveryStatus now = outcome.rejected()
                        ? log.rejected(id, claimToken, outcome.error(), Instant.now())
                        : log.failed(id, claimToken, outcome.error(), Instant.now());
                // The error names no recipient and no subject (MailSender redacts them).
                LOG.warnf("Delivery %s not accepted (%s), now %s", id, outcome.error(), now);
            }
        } finally {
            inFlight.decrementAndGet();
        }
    }
}
