package org.coproduction.sessions.domain.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class OwedRulesTest {
    final OwedRules rules = new OwedRules(ZoneId.of("Europe/London"));
    final Instant claimed = Instant.parse("2027-03-02T21:30:00Z");

    @Test
    void owedFromTheClaimWhileClaimedOrApproved() {
        assertThat(rules.owedSince(PaymentStatus.CLAIMED, claimed)).isEqualTo(claimed);
        assertThat(rules.owedSince(PaymentStatus.APPROVED, claimed)).isEqualTo(claimed);
        assertThat(rules.owedSince(PaymentStatus.ESTIMATED, null)).isNull();
        assertThat(rules.owedSince(PaymentStatus.PAID, claimed)).isNull();
        assertThat(rules.owedSince(PaymentStatus.DECLINED, claimed)).isNull();
    }

    @Test
    void daysAreWholeCalendarDaysInTheZone() {
        assertThat(rules.owedDays(claimed, Instant.parse("2027-03-02T23:59:00Z")))
                .isZero();
        // Yesterday evening's claim has waited a day this morning.
        assertThat(rules.owedDays(claimed, Instant.parse("2027-03-03T07:00:00Z")))
                .isEqualTo(1L);
        assertThat(rules.owedDays(claimed, Instant.parse("2027-03-12T12:00:00Z")))
                .isEqualTo(10L);
        // Summer time: 23:30 UTC on 31 March is already 1 April in London.
        assertThat(new OwedRules(ZoneId.of("Europe/London"))
                        .owedDays(Instant.parse("2027-03-31T12:00:00Z"), Instant.parse("2027-03-31T23:30:00Z")))
                .isEqualTo(1L);
    }

    @Test
    void notOwedHasNoDaysAndAClockBehindIsNoDebt() {
        assertThat(rules.owedDays(null, Instant.now())).isNull();
        assertThat(rules.owedDays(claimed, claimed.minusSeconds(86_400 * 2))).isZero();
    }
}
