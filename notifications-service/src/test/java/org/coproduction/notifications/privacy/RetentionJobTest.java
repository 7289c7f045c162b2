package org.coproduction.notifications.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.coproduction.notifications.confirm.EmailConfirmationStore;
import org.coproduction.notifications.domain.Delivery;
import org.coproduction.notifications.domain.DeliveryStatus;
import org.coproduction.notifications.domain.EmailConfirmation;
import org.coproduction.notifications.support.Deliveries;
import org.coproduction.notifications.support.OtherServicesWireMock;
import org.junit.jupiter.api.Test;

/** Personal parts of the delivery log go after the retention period (90 days by default); rows and counts stay. */
@QuarkusTest
@QuarkusTestResource(OtherServicesWireMock.class)
class RetentionJobTest {

    @Inject
    RetentionJob job;

    @Inject
    EmailConfirmationStore confirmations;

    @Inject
    ErasedParticipants erased;

    @Inject
    EntityManager em;

    @Test
    void subjectsErrorsAndAddressesOlderThanTheRetentionPeriodAreClearedAndTheRowsKept() {
        UUID ada = UUID.randomUUID();
        Delivery oldSent = Deliveries.digest(ada, DeliveryStatus.SENT, Duration.ofDays(91));
        oldSent.subject = "Your co-production update, old";
        Delivery oldFailed = Deliveries.digest(ada, DeliveryStatus.FAILED, Duration.ofDays(95));
        Delivery recent = Deliveries.digest(ada, DeliveryStatus.FAILED, Duration.ofDays(89));
        recent.subject = "Your co-production update, recent";
        Delivery stillWaiting = Deliveries.digest(ada, DeliveryStatus.PENDING, Duration.ofDays(120));
        stillWaiting.lastError = "sessions-service is unavailable";
        Deliveries.store(oldSent, oldFailed, recent, stillWaiting);
        UUID oldConfirmation = confirmations.create(ada, "old@example.org", "old-token", "en", Instant.now());
        UUID newConfirmation = confirmations.create(ada, "new@example.org", "new-token", "en", Instant.now());
        // Both failed for good (so no other test's retry job sends them): one long ago, one just now.
        QuarkusTransaction.requiringNew().run(() -> {
            Delivery old = Delivery.findById(oldConfirmation);
            old.status = DeliveryStatus.FAILED;
            old.updatedAt = Instant.now().minus(Duration.ofDays(100));
            Delivery fresh = Delivery.findById(newConfirmation);
            fresh.status = DeliveryStatus.FAILED;
        });

        RetentionJob.Cleared cleared = job.clear(Instant.now());

        assertThat(cleared.deliveries()).isGreaterThanOrEqualTo(2);
        assertThat(cleared.confirmations()).isGreaterThanOrEqualTo(1);
        assertThat(Deliveries.find(oldSent.id).subject).isNull();
        assertThat(Deliveries.find(oldSent.id).status).isEqualTo(DeliveryStatus.SENT);
        assertThat(Deliveries.find(oldFailed.id).lastError).isNull();
        assertThat(Deliveries.find(recent.id).subject).isEqualTo("Your co-production update, recent");
        assertThat(Deliveries.find(recent.id).lastError).isNotNull();
        assertThat(Deliveries.find(stillWaiting.id).lastError).isEqualTo("sessions-service is unavailable");
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> EmailConfirmation.<EmailConfirmation>findById(oldConfirmation)))
                .isNull();
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> EmailConfirmation.<EmailConfirmation>findById(newConfirmation)))
                .isNotNull();
        assertThat(Deliveries.of(ada)).hasSize(6);
    }

    @Test
    void expiredTombstonesGoAndTheirPeopleAreNoLongerRefused() {
        UUID gone = UUID.randomUUID();
        UUID recent = UUID.randomUUID();
        tombstone(gone, Instant.now().plus(Duration.ofMinutes(1)));
        tombstone(recent, Instant.now().plus(Duration.ofDays(2)));
        assertThat(erased.isErased(gone)).isTrue();

        RetentionJob.Cleared cleared = job.clear(Instant.now().plus(Duration.ofMinutes(2)));

        assertThat(cleared.tombstones()).isGreaterThanOrEqualTo(1);
        assertThat(erased.isErased(gone)).isFalse();
        assertThat(erased.isErased(recent)).isTrue();
    }

    private void tombstone(UUID participantId, Instant keepUntil) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "insert into erased_participant (tombstone, keep_until) values (:t, :until)")
                        .setParameter("t", erased.tombstone(participantId))
                        .setParameter("until", Timestamp.from(keepUntil))
                        .executeUpdate());
    }
}
