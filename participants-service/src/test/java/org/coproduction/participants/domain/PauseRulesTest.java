package org.coproduction.participants.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduction.participants.domain.ParticipantStatus.ACTIVE;
import static org.coproduction.participants.domain.ParticipantStatus.PAUSED;
import static org.coproduction.participants.domain.ParticipantStatus.WITHDRAWN;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PauseRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 2, 28);

    @Test
    void aPauseReadsAsActiveFromTheDayItEnds() {
        assertThat(PauseRules.effectiveStatus(PAUSED, TODAY.plusDays(1), TODAY)).isEqualTo(PAUSED);
        assertThat(PauseRules.effectiveStatus(PAUSED, TODAY, TODAY)).isEqualTo(ACTIVE);
        assertThat(PauseRules.effectiveStatus(PAUSED, TODAY.minusDays(3), TODAY))
                .isEqualTo(ACTIVE);
        // A coordinator's pause with no end date lasts until they end it.
        assertThat(PauseRules.effectiveStatus(PAUSED, null, TODAY)).isEqualTo(PAUSED);
        assertThat(PauseRules.effectiveStatus(WITHDRAWN, TODAY.minusDays(3), TODAY))
                .isEqualTo(WITHDRAWN);
        assertThat(PauseRules.effectiveStatus(ACTIVE, null, TODAY)).isEqualTo(ACTIVE);

        assertThat(PauseRules.effectivePausedUntil(PAUSED, TODAY.plusDays(1), TODAY))
                .isEqualTo(TODAY.plusDays(1));
        assertThat(PauseRules.effectivePausedUntil(PAUSED, TODAY, TODAY)).isNull();
        assertThat(PauseRules.effectivePausedUntil(ACTIVE, TODAY.plusDays(1), TODAY))
                .isNull();
    }

    @Test
    void aParticipantMayPauseEndTheirPauseOrWithdrawAndNothingElse() {
        assertThat(PauseRules.participantMayChange(ACTIVE, PAUSED)).isTrue();
        assertThat(PauseRules.participantMayChange(ACTIVE, WITHDRAWN)).isTrue();
        assertThat(PauseRules.participantMayChange(PAUSED, ACTIVE)).isTrue();
        assertThat(PauseRules.participantMayChange(PAUSED, WITHDRAWN)).isTrue();
        assertThat(PauseRules.participantMayChange(PAUSED, PAUSED)).isTrue();
        assertThat(PauseRules.participantMayChange(ACTIVE, ACTIVE)).isTrue();
        assertThat(PauseRules.participantMayChange(WITHDRAWN, WITHDRAWN)).isTrue();
        // Coming back after withdrawing is a coordinator's change.
        assertThat(PauseRules.participantMayChange(WITHDRAWN, ACTIVE)).isFalse();
        assertThat(PauseRules.participantMayChange(WITHDRAWN, PAUSED)).isFalse();
    }

    @Test
    void aPauseEndsAfterTodayAndAtMostAYearAhead() {
        assertThat(PauseRules.checkPausedUntil(TODAY.plusDays(1), TODAY)).isEmpty();
        assertThat(PauseRules.checkPausedUntil(TODAY.plusYears(1), TODAY)).isEmpty();
        assertThat(PauseRules.checkPausedUntil(TODAY, TODAY)).hasValue("must be a date after today");
        assertThat(PauseRules.checkPausedUntil(TODAY.minusDays(1), TODAY)).hasValue("must be a date after today");
        assertThat(PauseRules.checkPausedUntil(TODAY.plusYears(1).plusDays(1), TODAY))
                .hasValue("must be at most a year ahead (2028-02-28 or earlier)");
    }
}
