package org.coproduction.notifications.delivery.record;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.notifications.config.NotificationsConfig;
import org.coproduction.notifications.domain.Backoff;
import org.coproduction.notifications.domain.Delivery;
import org.coproduction.notifications.domain.DeliveryKind;
import org.coproduction.notifications.domain.DeliveryStatus;
import org.coproduction.notifications.domain.EmailConfirmation;
import org.coproduction.notifications.domain.ErrorText;
import org.coproduction.platform.paging.Page;
import org.coproduction.platform.paging.PageRequest;
import org.coproduction.platform.problem.StateConflictException;
import org.coproduction.platform.problem.UnknownResourceException;

/**
 * The delivery log: what became of each delivery (sent, failed, skipped), as the pipeline's last step writes it and
 * as ops read it, and asking for a delivery to be tried again. An outcome is written only by the claim that holds
 * the delivery, so a claim whose lease lapsed cannot overwrite what another instance did.
 */
@ApplicationScoped
public class DeliveryLog {

    /** The subject column's size. */
    private static final int SUBJECT_LIMIT = 200;

    private final NotificationsConfig config;

    public DeliveryLog(NotificationsConfig config) {
        this.config = config;
    }

    /** The SMTP server accepted these. */
    public void sent(List<UUID> ids, UUID claimToken, Instant now) {
        sent(ids, Map.of(), claimToken, now);
    }

    /**
     * The SMTP server accepted these, with the subject line each was sent with (kept for the person's export until
     * the retention period ends). A confirmation mail's address and token are deleted here: once it is sent, the log
     * keeps no address.
     */
    @Transactional
    public void sent(List<UUID> ids, Map<UUID, String> subjects, UUID claimToken, Instant now) {
        if (!ids.isEmpty()) {
            Delivery.update(
                    "status = ?1, sentAt = ?2, attempts = attempts + 1, lastError = null, leaseUntil = null,"
                            + " updatedAt = ?2, version = version + 1 where id in ?3 and status = ?4 and claimToken = ?5",
                    DeliveryStatus.SENT,
                    now,
                    ids,
                    DeliveryStatus.SENDING,
                    claimToken);
            subjects(ids, subjects, claimToken);
            EmailConfirmation.delete(
                    "deliveryId in ?1 and deliveryId in (select d.id from Delivery d where d.status = ?2)",
                    ids,
                    DeliveryStatus.SENT);
        }
    }

    /** Each sent mail's subject, in one statement for the group (a statement per mail made runs linear in it). */
    private void subjects(List<UUID> ids, Map<UUID, String> subjects, UUID claimToken) {
        List<UUID> with = ids.stream().filter(id -> subjects.get(id) != null).toList();
        if (with.isEmpty()) {
            return;
        }
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < with.size(); i++) {
            values.append(i == 0 ? "" : ", ")
                    .append("(cast(:id")
                    .append(i)
                    .append(" as uuid), cast(:subject")
                    .append(i)
                    .append(" as varchar))");
        }
        var update = Delivery.getEntityManager()
                .createNativeQuery("update delivery d set subject = v.subject from (values " + values
                        + ") as v (id, subject) where d.id = v.id and d.status = 'SENT' and d.claim_token = :claim")
                .setParameter("claim", claimToken);
        for (int i = 0; i < with.size(); i++) {
            String subject = subjects.get(with.get(i));
            update.setParameter("id" + i, with.get(i))
                    .setParameter(
                            "subject" + i,
                            subject.length() <= SUBJECT_LIMIT ? subject : subject.substring(0, SUBJECT_LIMIT));
        }
        update.executeUpdate();
    }

    /** A failed attempt: wait with backoff, or FAILED (visible in the log) once the limit is reached. */
    @Transactional
    public DeliveryStatus failed(UUID id, UUID claimToken, String error, Instant now) {
        Delivery d = Delivery.findById(id);
        if (d == null || d.status.isFinal() || !claimToken.equals(d.claimToken)) {
            return d == null ? null : d.status;
        }
        d.attempts++;
        d.lastError = ErrorText.fit(error);
        d.leaseUntil = null;
        d.updatedAt = now;
        if (d.attempts >= config.delivery().maxAttempts()) {
            d.status = DeliveryStatus.FAILED;
        } else {
            d.status = DeliveryStatus.PENDING;
            d.nextAttemptAt = now.plus(new Backoff(
                            config.delivery().backoffBase(), config.delivery().backoffMax())
                    .after(d.attempts));
        }
        return d.status;
    }

    /**
     * The SMTP server refused the mail for good (a 5xx answer such as 550 5.1.1, no such mailbox): REJECTED at once,
     * with the server's answer (no address, no subject), and never tried again unless a person asks for it.
     */
    @Transactional
    public DeliveryStatus rejected(UUID id, UUID claimToken, String error, Instant now) {
        Delivery d = Delivery.findById(id);
        if (d == null || d.status.isFinal() || !claimToken.equals(d.claimToken)) {
            return d == null ? null : d.status;
        }
        d.attempts++;
        d.lastError = ErrorText.fit(error);
        d.leaseUntil = null;
        d.updatedAt = now;
        d.status = DeliveryStatus.REJECTED;
        return d.status;
    }

    /** Nothing to send, for the skip rule's reason (person gone, paused, no address, nothing happened). */
    @Transactional
    public void skipped(UUID id, UUID claimToken, String reason, Instant now) {
        Delivery.update(
                "status = ?1, lastError = ?2, leaseUntil = null, updatedAt = ?3, version = version + 1"
                        + " where id = ?4 and status = ?5 and claimToken = ?6",
                DeliveryStatus.SKIPPED,
                ErrorText.fit(reason),
                now,
                id,
                DeliveryStatus.CLAIMED,
                claimToken);
    }

    /**
     * A delivery left SENDING past its lease belonged to an instance that died mid-send (a clean stop records what it
     * sent): it may or may not have gone out. It becomes UNKNOWN, settled and never sent again automatically, with
     * that explanation, for a person to retry if the mail did not arrive.
     */
    @Transactional
    public int failInterrupted(Instant now) {
        return Delivery.update(
                "status = ?1, lastError = ?2, leaseUntil = null, updatedAt = ?3, version = version + 1"
                        + " where status = ?4 and leaseUntil < ?3",
                DeliveryStatus.UNKNOWN,
                "the service stopped while sending it: it may have arrived; retry it only if the person did not get it",
                now,
                DeliveryStatus.SENDING);
    }

    @Transactional
    public Page<DeliveryView> list(UUID participantId, DeliveryStatus status, DeliveryKind kind, PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (participantId != null) {
            where.add("participantId = :participant");
            params.and("participant", participantId);
        }
        if (status != null) {
            where.add("status = :status");
            params.and("status", status);
        }
        if (kind != null) {
            where.add("kind = :kind");
            params.and("kind", kind);
        }
        Sort order = Sort.descending("createdAt").and("id");
        var found = where.isEmpty()
                ? Delivery.<Delivery>findAll(order)
                : Delivery.<Delivery>find(String.join(" and ", where), order, params.map());
        long total = found.count();
        List<DeliveryView> items = found.range(page.offset(), page.last()).list().stream()
                .map(DeliveryView::of)
                .toList();
        return Page.of(items, page, total);
    }

    /**
     * FAILED, REJECTED (the address may have been put right since), UNKNOWN, SKIPPED or still waiting: due now, with a
     * fresh allowance of attempts. SENT or in flight: 409.
     */
    @Transactional
    public DeliveryView requeue(UUID id) {
        Delivery d = Delivery.findById(id);
        if (d == null) {
            throw new UnknownResourceException("No delivery with this id.");
        }
        switch (d.status) {
            case SENT ->
                throw new StateConflictException(
                        "This delivery was already sent (at " + d.sentAt + "); it is never sent twice.");
            case CLAIMED, SENDING ->
                throw new StateConflictException(
                        "This delivery is being sent right now; look at it again in a minute.");
            case POSTED, CALLED ->
                throw new StateConflictException(
                        "This delivery was already " + d.status.name().toLowerCase() + "; it is never made twice.");
            default -> {
                Instant now = Instant.now();
                d.status = DeliveryStatus.PENDING;
                d.attempts = 0;
                d.nextAttemptAt = now;
                d.updatedAt = now;
            }
        }
        return DeliveryView.of(d);
    }
}
