package org.coproduction.participants.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SupportRequestsTest {

    private static final Instant EARLIER = Instant.parse("2026-10-01T09:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-27T10:15:00Z");

    @Test
    void aNewRequestStartsNow() {
        assertThat(SupportRequests.askedAt(false, true, null, NOW)).isEqualTo(NOW);
        // A stale time left from an earlier request is not reused.
        assertThat(SupportRequests.askedAt(false, true, EARLIER, NOW)).isEqualTo(NOW);
    }

    @Test
    void aStandingRequestKeepsItsStartSoEditingItDoesNotRestartTheWait() {
        assertThat(SupportRequests.askedAt(true, true, EARLIER, NOW)).isEqualTo(EARLIER);
    }

    @Test
    void aStandingRequestWithNoTimeStartsNowRatherThanNever() {
        assertThat(SupportRequests.askedAt(true, true, null, NOW)).isEqualTo(NOW);
    }

    @Test
    void noRequestHasNoTime() {
        assertThat(SupportRequests.askedAt(true, false, EARLIER, NOW)).isNull();
        assertThat(SupportRequests.askedAt(false, false, null, NOW)).isNull();
    }
}
