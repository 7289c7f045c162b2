package org.coproduction.participants.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProfileRulesTest {

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
    void withoutAMentorThereIsNothingToCheckEvenWhenRegistering() {
        assertThat(ProfileRules.checkMentor(null, null, false)).isEmpty();
        assertThat(ProfileRules.checkMentor(null, UUID.randomUUID(), true)).isEmpty();
    }

    @Test
    void theChosenChannelNeedsItsOwnWayToReachThePersonAndNoOther() {
        assertThat(ProfileRules.checkChannel(ContactChannel.EMAIL, true, false, false))
                .isEmpty();
        assertThat(ProfileRules.checkChannel(ContactChannel.PHONE, false, true, false))
                .isEmpty();
        assertThat(ProfileRules.checkChannel(ContactChannel.POST, false, false, true))
                .isEmpty();
        assertThat(ProfileRules.checkChannel(ContactChannel.EMAIL, false, true, true))
                .containsExactly(new Violation("email", "is needed when channel is EMAIL"));
        assertThat(ProfileRules.checkChannel(ContactChannel.PHONE, true, false, true))
                .containsExactly(new Violation("phone", "is needed when channel is PHONE"));
        assertThat(ProfileRules.checkChannel(ContactChannel.POST, true, true, false))
                .containsExactly(new Violation("postalAddress", "is needed when channel is POST"));
    }

    @Test
    void theOutboxWaitsLongerAfterEachFailureUpToItsLimit() {
        Duration first = Duration.ofSeconds(10);
        Duration max = Duration.ofMinutes(15);
        assertThat(Backoff.after(0, first, max)).isEqualTo(first);
        assertThat(Backoff.after(1, first, max)).isEqualTo(first);
        assertThat(Backoff.after(2, first, max)).isEqualTo(Duration.ofSeconds(20));
        assertThat(Backoff.after(4, first, max)).isEqualTo(Duration.ofSeconds(80));
        assertThat(Backoff.after(20, first, max)).isEqualTo(max);
        assertThat(Backoff.after(1000, first, max)).isEqualTo(max);
        assertThat(Backoff.after(1, Duration.ofHours(1), max)).isEqualTo(max);
    }
}
