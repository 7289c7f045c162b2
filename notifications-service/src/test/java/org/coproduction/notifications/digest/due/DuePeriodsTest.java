package org.coproduction.notifications.digest.due;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.notifications.domain.Delivery;
import org.coproduction.notifications.domain.DeliveryStatus;
import org.coproduction.notifications.run.DigestRunStore;
import org.coproduction.notifications.support.OtherServicesWireMock;
import org.junit.jupiter.api.Test;

/** Claiming periods: once per person and period whatever the run, and what the next digest starts from. */
@QuarkusTest
@QuarkusTestResource(OtherServicesWireMock.class)
class DuePeriodsTest {

    private static final Instant DUE_AT = Instant.parse("2027-03-29T07:00:00Z");

    @Inject
    DuePeriods periods;

    @Inject
    DigestRunStore runs;

    @Test
    void theSamePeriodIsClaimedOnlyOnceWhateverTheRun() {
        List<NewDigest> digests =
                List.of(weekly(UUID.randomUUID()), weekly(UUID.randomUUID()), weekly(UUID.randomUUID()));
        assertThat(periods.claim(runs.create(false, "OPS"), digests, Instant.now()))
                .isEqualTo(3);
        assertThat(periods.claim(runs.create(false, "OPS"), digests, Instant.now()))
                .isZero();
    }

    @Test
    void aForcedDigestIsOneExtraPerRun() {
        UUID person = UUID.randomUUID();
        periods.claim(runs.create(false, "SCHEDULE"), List.of(weekly(person)), Instant.now());
        NewDigest forced = NewDigest.forced(person, DUE_AT.minus(Duration.ofDays(14)), DUE_AT);
        UUID run = runs.create(true, "OPS");

        assertThat(periods.claim(run, List.of(forced), Instant.now())).isEqualTo(1);
        assertThat(periods.claim(run, List.of(forced), Instant.now())).isZero();
        assertThat(periods.claim(runs.create(true, "OPS"), List.of(forced), Instant.now()))
                .isEqualTo(1);
    }

    @Test
    void theLastDigestIsThePeriodClaimedAndTheContentSentLast() {
        UUID person = UUID.randomUUID();
        UUID nobody = UUID.randomUUID();
        UUID run = runs.create(false, "OPS");
        periods.claim(run, List.of(weekly(person)), Instant.now());
        NewDigest next = new NewDigest(
                person, "WEEKLY:2027-04-05", LocalDate.of(2027, 4, 5), DUE_AT, DUE_AT.plus(Duration.ofDays(7)));
        periods.claim(run, List.of(next), Instant.now());
        // Only the first went out: the next digest's content starts where that one's ended.
        QuarkusTransaction.requiringNew()
                .run(() -> Delivery.update(
                        "status = ?1 where participantId = ?2 and periodKey = ?3",
                        DeliveryStatus.SENT,
                        person,
                        "WEEKLY:2027-03-29"));

        Map<UUID, LastDigest> last = periods.lastDigests(List.of(person, nobody));

        assertThat(last).containsOnlyKeys(person);
        assertThat(last.get(person)).isEqualTo(new LastDigest(LocalDate.of(2027, 4, 5), DUE_AT));
        assertThat(periods.lastDigests(List.of())).isEmpty();
    }

    private static NewDigest weekly(UUID participantId) {
        return new NewDigest(
                participantId,
                "WEEKLY:2027-03-29",
                LocalDate.of(2027, 3, 29),
                DUE_AT.minus(Duration.ofDays(14)),
                DUE_AT);
    }
}
