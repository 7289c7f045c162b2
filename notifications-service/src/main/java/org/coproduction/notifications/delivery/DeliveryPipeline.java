package org.coproduction.notifications.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * Sends waiting deliveries, step by step: claim a batch, compose its mail, send it, record each outcome. A
 * dependency that is down hands the work back to wait; nothing is recorded as sent unless the SMTP server accepted
 * it. Each step's database work is its own short transaction, so no transaction is open while another service is
 * asked or mail is sent.
 */
@ApplicationScoped
public class DeliveryPipeline {

    private static final Logger LOG = Logger.getLogger(DeliveryPipeline.class);

    private final DeliveryQueue queue;
    private final DeliveryComposer composer;
    private final MailSender sender;
    private final DeliveryLog log;
    private final NotificationsConfig config;

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

    /**
     * Sends everything in scope that was waiting when this call began. Work that fails now waits for its
     * backoff and is left to the retry job, so one call never spins on a broken server.
     *
     * @param known people already fetched by the caller (saves a lookup); others are looked up in batches
     */
    public void drain(ClaimScope scope, Map<UUID, Participant> known) {
        Instant began = Instant.now();
        while (true) {
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

    /**
     * Sends in small chunks, each marked SENDING just before it goes, so the time a delivery spends with an uncertain
     * outcome stays far below the lease even when the SMTP server is slow.
     */
    private void send(List<OutgoingMail> outgoing, UUID claimToken) {
        int chunkSize = Math.max(1, config.delivery().sendConcurrency() * 5);
        for (int i = 0; i < outgoing.size(); i += chunkSize) {
            List<OutgoingMail> chunk = outgoing.subList(i, Math.min(outgoing.size(), i + chunkSize));
            List<UUID> ours = queue.markSending(
                    chunk.stream().map(OutgoingMail::deliveryId).toList(), claimToken, Instant.now());
            List<OutgoingMail> mine =
                    chunk.stream().filter(m -> ours.contains(m.deliveryId())).toList();
            List<SendOutcome> outcomes = sender.send(mine);
            Map<UUID, String> subjects = new HashMap<>();
            mine.forEach(m -> subjects.put(m.deliveryId(), m.mail().getSubject()));
            log.sent(
                    outcomes.stream()
                            .filter(SendOutcome::sent)
                            .map(SendOutcome::deliveryId)
                            .toList(),
                    subjects,
                    claimToken,
                    Instant.now());
            for (SendOutcome failed : outcomes) {
                if (!failed.sent()) {
                    // Refused for good (5xx): REJECTED at once; anything else waits for its backoff, then FAILED.
                    DeliveryStatus now = failed.rejected()
                            ? log.rejected(failed.deliveryId(), claimToken, failed.error(), Instant.now())
                            : log.failed(failed.deliveryId(), claimToken, failed.error(), Instant.now());
                    // The error names no recipient and no subject (MailSender redacts them).
                    LOG.warnf("Delivery %s not accepted (%s), now %s", failed.deliveryId(), failed.error(), now);
                }
            }
        }
    }
}
