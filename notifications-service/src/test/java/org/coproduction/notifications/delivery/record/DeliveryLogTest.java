package org.coproduction.notifications.delivery.record;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.assertj.core.data.TemporalUnitOffset;
import org.coproduction.notifications.delivery.claim.DeliveryQueue;
import org.coproduction.notifications.domain.Delivery;
import org.coproduction.notifications.domain.DeliveryStatus;
import org.coproduction.notifications.support.Deliveries;
import org.coproduction.notifications.support.OtherServicesWireMock;
import org.junit.jupiter.api.Test;

/**
 * The record step: an outcome is written only by the claim that holds the delivery, failures wait with backoff
 * until the attempts run out, and nothing final is ever reopened by a late writer.
 */
@QuarkusTest
@QuarkusTestResource(OtherServicesWireMock.class)
class DeliveryLogTest {

    @Inject
    DeliveryLog log;

    @Inject
    DeliveryQueue queue;

    private final UUID person = UUID.randomUUID();

    @Test
    void aFailedAttemptWaitsWithBackoffAndTheThirdOneIsFinal() {
        Delivery d = sending();
        Instant now = Instant.now();

        assertThat(log.failed(d.id, d.claimToken, "SMTP: IOException: Broken pipe", now))
                .isEqualTo(DeliveryStatus.PENDING);
        Delivery waiting = Deliveries.find(d.id);
        assertThat(waiting.attempts).isEqualTo(1);
        assertThat(waiting.lastError).isEqualTo("SMTP: IOException: Broken pipe");
        assertThat(waiting.leaseUntil).isNull();
        // Backoff in tests: 1 s, then 2 s (the cap).
        assertThat(waiting.nextAttemptAt).isCloseTo(now.plusSeconds(1), within());

        reclaim(d);
        assertThat(log.failed(d.id, d.claimToken, "again", now)).isEqualTo(DeliveryStatus.PENDING);
        assertThat(Deliveries.find(d.id).nextAttemptAt).isCloseTo(now.plusSeconds(2), within());
        reclaim(d);
        assertThat(log.failed(d.id, d.claimToken, "x".repeat(800), now)).isEqualTo(DeliveryStatus.FAILED);

        Delivery failed = Deliveries.find(d.id);
        assertThat(failed.attempts).isEqualTo(3);
        assertThat(failed.lastError).hasSize(500).endsWith("...");
    }

    @Test
    void onlyTheClaimThatHoldsADeliveryMayRecordItsOutcome() {
        Delivery d = sending();
        UUID stale = UUID.randomUUID();
        Instant now = Instant.now();

        assertThat(log.failed(d.id, stale, "late", now)).isEqualTo(DeliveryStatus.SENDING);
        log.sent(List.of(d.id), stale, now);
        log.skipped(d.id, stale, "late", now);

        Delivery untouched = Deliveries.find(d.id);
        assertThat(untouched.status).isEqualTo(DeliveryStatus.SENDING);
        assertThat(untouched.attempts).isZero();
        assertThat(untouched.lastError).isNull();

        log.sent(List.of(d.id), d.claimToken, now);
        Delivery sent = Deliveries.find(d.id);
        assertThat(sent.status).isEqualTo(DeliveryStatus.SENT);
        assertThat(sent.attempts).isEqualTo(1);
        assertThat(sent.sentAt).isNotNull();
        assertThat(sent.leaseUntil).isNull();
    }

    @Test
    void aFinalOutcomeIsNeverOverwrittenAndAnUnknownDeliveryIsNoOutcome() {
        Delivery d = sending();
        Instant now = Instant.now();
        log.sent(List.of(d.id), d.claimToken, now);

        assertThat(log.failed(d.id, d.claimToken, "too late", now)).isEqualTo(DeliveryStatus.SENT);
        assertThat(Deliveries.find(d.id).lastError).isNull();
        assertThat(log.failed(UUID.randomUUID(), d.claimToken, "nobody", now)).isNull();
        log.sent(List.of(), d.claimToken, now);
    }

    @Test
    void aSkipIsRecordedOnlyForClaimedWorkWithItsReason() {
        Delivery claimed = Deliveries.digest(person, DeliveryStatus.CLAIMED, Duration.ofMinutes(5));
        Delivery sending = sending();
        Deliveries.store(claimed);

        log.skipped(claimed.id, claimed.claimToken, "participant has withdrawn", Instant.now());
        log.skipped(sending.id, sending.claimToken, "participant has withdrawn", Instant.now());

        assertThat(Deliveries.find(claimed.id).status).isEqualTo(DeliveryStatus.SKIPPED);
        assertThat(Deliveries.find(claimed.id).lastError).isEqualTo("participant has withdrawn");
        assertThat(Deliveries.find(sending.id).status).isEqualTo(DeliveryStatus.SENDING);
    }

    @Test
    void sendsInterruptedPastTheirLeaseBecomeFailedForAPersonToCheck() {
        Delivery lapsed = sending();
        Delivery current = sending();
        Instant afterTheLease = lapsed.leaseUntil.plusSeconds(1);
        // The other one's lease is renewed past that moment: it is still being sent.
        current.leaseUntil = afterTheLease.plusSeconds(60);
        QuarkusTransaction.requiringNew()
                .run(() -> Delivery.update("leaseUntil = ?1 where id = ?2", current.leaseUntil, current.id));

        assertThat(log.failInterrupted(afterTheLease)).isGreaterThanOrEqualTo(1);

        Delivery failed = Deliveries.find(lapsed.id);
        assertThat(failed.status).isEqualTo(DeliveryStatus.UNKNOWN);
        assertThat(failed.lastError).startsWith("the service stopped while sending it: it may have arrived");
        assertThat(Deliveries.find(current.id).status).isEqualTo(DeliveryStatus.SENDING);
    }

    @Test
    void handingBackOrMarkingNothingChangesNothing() {
        Delivery claimed = Deliveries.digest(person, DeliveryStatus.CLAIMED, Duration.ofMinutes(5));
        Deliveries.store(claimed);

        queue.release(List.of(), claimed.claimToken, "sessions-service is unavailable", Instant.now());
        assertThat(queue.markSending(List.of(), claimed.claimToken, Instant.now()))
                .isEmpty();
        assertThat(Deliveries.find(claimed.id).status).isEqualTo(DeliveryStatus.CLAIMED);

        queue.release(List.of(claimed.id), UUID.randomUUID(), "not my claim", Instant.now());
        assertThat(Deliveries.find(claimed.id).status).isEqualTo(DeliveryStatus.CLAIMED);
        queue.release(List.of(claimed.id), claimed.claimToken, "sessions-service is unavailable", Instant.now());
        Delivery waiting = Deliveries.find(claimed.id);
        assertThat(waiting.status).isEqualTo(DeliveryStatus.PENDING);
        assertThat(waiting.attempts).isZero();
        assertThat(waiting.lastError).isEqualTo("sessions-service is unavailable");
        assertThat(waiting.leaseUntil).isNull();
        // Leave nothing waiting for another test's retry job to pick up.
        QuarkusTransaction.requiringNew()
                .run(() -> Delivery.update("status = ?1 where id = ?2", DeliveryStatus.FAILED, claimed.id));
    }

    /** A delivery this test's claim has handed to SMTP, far from being picked up by anything else. */
    private Delivery sending() {
        Delivery d = Deliveries.digest(person, DeliveryStatus.SENDING, Duration.ofMinutes(5));
        Deliveries.store(d);
        return d;
    }

    /** The retry job claims it again and hands it to SMTP again. */
    private static void reclaim(Delivery d) {
        QuarkusTransaction.requiringNew()
                .run(() -> Delivery.update("status = ?1 where id = ?2", DeliveryStatus.SENDING, d.id));
    }

    private static TemporalUnitOffset within() {
        return Assertions.within(50, ChronoUnit.MILLIS);
    }
}
