package org.coproduction.notifications.digest.due;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.coproduction.notifications.domain.DigestFrequency;
import org.coproduction.notifications.domain.DuePeriod;
import org.junit.jupiter.api.Test;

class PeriodChoiceTest {

    private static final Instant DUE_AT = Instant.parse("2027-03-29T07:00:00Z");
    private static final DuePeriod PERIOD =
            DuePeriod.scheduled(DigestFrequency.WEEKLY, LocalDate.of(2027, 3, 29), DUE_AT);
    private static final String NOT_DUE = "not due";

    @Test
    void aScheduledRunSendsThePeriodDue() {
        var choice = PeriodChoice.choose(Optional.of(PERIOD), DUE_AT.minusSeconds(1), false, true, NOT_DUE);

        assertThat(choice.period()).isEqualTo(PERIOD);
        assertThat(choice.extra()).isFalse();
    }

    @Test
    void aPeriodThatEndedBeforeTheyRegisteredIsNotTheirs() {
        var choice = PeriodChoice.choose(Optional.of(PERIOD), DUE_AT.plusSeconds(1), false, true, NOT_DUE);

        assertThat(choice.any()).isFalse();
        assertThat(choice.notDue()).isEqualTo(PeriodChoice.BEFORE_REGISTERING);
    }

    @Test
    void registeringAtTheVeryMomentItBecameDueStillCounts() {
        assertThat(PeriodChoice.choose(Optional.of(PERIOD), DUE_AT, false, true, NOT_DUE)
                        .period())
                .isEqualTo(PERIOD);
    }

    @Test
    void anUnknownRegistrationTimeHoldsNoPeriodAgainstThem() {
        assertThat(PeriodChoice.choose(Optional.of(PERIOD), null, false, true, NOT_DUE)
                        .period())
                .isEqualTo(PERIOD);
    }

    @Test
    void nothingDueSaysWhy() {
        var choice = PeriodChoice.choose(Optional.empty(), null, false, true, NOT_DUE);

        assertThat(choice.any()).isFalse();
        assertThat(choice.notDue()).isEqualTo(NOT_DUE);
    }

    @Test
    void aForcedDigestTakesThePeriodDueUnlessTheRunSaysItDoesNotCount() {
        assertThat(PeriodChoice.choose(Optional.of(PERIOD), null, true, true, NOT_DUE)
                        .period())
                .isEqualTo(PERIOD);
        var extra = PeriodChoice.choose(Optional.of(PERIOD), null, true, false, NOT_DUE);
        assertThat(extra.extra()).isTrue();
        assertThat(extra.period()).isNull();
    }

    @Test
    void aForcedDigestWithNoPeriodDueIsAnExtra() {
        assertThat(PeriodChoice.choose(Optional.empty(), null, true, true, NOT_DUE)
                        .extra())
                .isTrue();
        // A period before they registered is not theirs, forced or not.
        var before = PeriodChoice.choose(Optional.of(PERIOD), DUE_AT.plusSeconds(60), true, true, NOT_DUE);
        assertThat(before.extra()).isTrue();
        assertThat(before.period()).isNull();
    }
}
