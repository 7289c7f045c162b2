package org.coproduction.participants.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PortalVisitsTest {

    @Test
    void aVisitIsKeptToItsUtcDay() {
        assertThat(PortalVisits.day(Instant.parse("2026-11-27T23:59:59.999999Z")))
                .isEqualTo(Instant.parse("2026-11-27T00:00:00Z"));
        assertThat(PortalVisits.day(Instant.parse("2026-11-27T00:00:00Z")))
                .isEqualTo(Instant.parse("2026-11-27T00:00:00Z"));
        // A late-evening visit in London in summer (UTC+1) is still the UTC day.
        assertThat(PortalVisits.day(Instant.parse("2026-07-01T23:30:00Z")))
                .isEqualTo(Instant.parse("2026-07-01T00:00:00Z"));
    }
}
