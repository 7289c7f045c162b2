package org.coproduction.notifications.digest.due;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NewDigestTest {

    private static final Instant SINCE = Instant.parse("2027-03-15T08:00:00Z");
    private static final Instant UNTIL = Instant.parse("2027-03-29T07:00:00Z");

    @Test
    void aScheduledDigestIsKeyedByItsPeriodWhateverTheRun() {
        NewDigest weekly =
                new NewDigest(UUID.randomUUID(), "WEEKLY:2027-03-29", LocalDate.of(2027, 3, 29), SINCE, UNTIL);
        assertThat(weekly.periodKeyIn(UUID.randomUUID())).isEqualTo("WEEKLY:2027-03-29");
        assertThat(weekly.periodKeyIn(UUID.randomUUID())).isEqualTo(weekly.periodKeyIn(UUID.randomUUID()));
    }

    @Test
    void aForcedDigestIsOneExtraForTheRunThatClaimsIt() {
        UUID run = UUID.randomUUID();
        NewDigest forced = NewDigest.forced(UUID.randomUUID(), SINCE, UNTIL);
        assertThat(forced.periodDate()).isNull();
        assertThat(forced.periodKeyIn(run)).isEqualTo("FORCED:" + run);
        assertThat(forced.periodKeyIn(UUID.randomUUID())).isNotEqualTo(forced.periodKeyIn(run));
    }
}
