package org.coproduction.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DeliveryStatusTest {

    @Test
    void settledOnesAreFinalAndNothingElseIs() {
        assertThat(Arrays.stream(DeliveryStatus.values()).filter(DeliveryStatus::isFinal))
                .containsExactlyInAnyOrder(
                        DeliveryStatus.SENT,
                        DeliveryStatus.FAILED,
                        DeliveryStatus.SKIPPED,
                        DeliveryStatus.REJECTED,
                        DeliveryStatus.UNKNOWN,
                        // Letters and call sheets: nothing more is sent (a coordinator posts or calls).
                        DeliveryStatus.READY,
                        DeliveryStatus.POSTED,
                        DeliveryStatus.CALLED);
        assertThat(Arrays.stream(DeliveryStatus.values()).filter(s -> !s.isFinal()))
                .containsExactlyInAnyOrder(DeliveryStatus.PENDING, DeliveryStatus.CLAIMED, DeliveryStatus.SENDING);
    }

    @Test
    void aScheduledPeriodIsKeyedByFrequencyAndLocalDate() {
        Instant dueAt = Instant.parse("2027-03-29T07:00:00Z");
        DuePeriod weekly = DuePeriod.scheduled(DigestFrequency.WEEKLY, LocalDate.of(2027, 3, 29), dueAt);
        DuePeriod monthly = DuePeriod.scheduled(DigestFrequency.MONTHLY, LocalDate.of(2027, 3, 29), dueAt);

        assertThat(weekly.key()).isEqualTo("WEEKLY:2027-03-29");
        assertThat(weekly.date()).isEqualTo(LocalDate.of(2027, 3, 29));
        assertThat(weekly.dueAt()).isEqualTo(dueAt);
        // The same day under another frequency is another period: changing frequency never swallows a digest.
        assertThat(monthly.key()).isEqualTo("MONTHLY:2027-03-29").isNotEqualTo(weekly.key());
    }
}
