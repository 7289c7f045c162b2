package org.coproduction.participants.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProfileRulesTest {

    @Test
    void consentMayNotBeInTheFutureBeyondClockSkew() {
        Instant now = Instant.parse("2026-11-25T12:00:00Z");
        assertThat(ProfileRules.checkConsentTime(now.minusSeconds(3600), now)).isEmpty();
        assertThat(ProfileRules.checkConsentTime(now.plusSeconds(60), now)).isEmpty();
        assertThat(ProfileRules.checkConsentTime(now.plusSeconds(3600), now)).isPresent();
    }

    @Test
    void mentorMustBeSomeoneElseWhoIsRegistered() {
        UUID me = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        assertThat(ProfileRules.checkMentor(me, null, false)).isEmpty();
        assertThat(ProfileRules.checkMentor(me, other, true)).isEmpty();
        assertThat(ProfileRules.checkMentor(me, me, true))
                .hasValueSatisfying(m -> assertThat(m).contains("own mentor"));
        assertThat(ProfileRules.checkMentor(me, other, false))
                .hasValueSatisfying(m -> assertThat(m).contains("no participant"));
        assertThat(ProfileRules.checkMentor(null, other, false)).isPresent();
    }

    @Test
    void consentWithoutATimeIsLeftToTheRequiredFieldRule() {
        assertThat(ProfileRules.checkConsentTime(null, Instant.parse("2026-11-25T12:00:00Z")))
                .isEmpty();
    }

    @Test
    void clockSkewIsFiveMinutesInclusive() {
        Instant now = Instant.parse("2026-11-25T12:00:00Z");
        assertThat(ProfileRules.checkConsentTime(now.plus(ProfileRules.CLOCK_SKEW), now))
                .isEmpty();
        assertThat(ProfileRules.checkConsentTime(
                        now.plus(ProfileRules.CLOCK_SKEW).plusMillis(1), now))
                .contains("must not be in the future");
    }

    @Test
    void withoutAMentorThereIsNothingToCheckEvenWhenRegistering() {
        assertThat(ProfileRules.checkMentor(null, null, false)).isEmpty();
        assertThat(ProfileRules.checkMentor(null, UUID.randomUUID(), true)).isEmpty();
    }
}
