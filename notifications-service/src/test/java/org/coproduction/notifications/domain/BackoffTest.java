package org.coproduction.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void doublesEachAttemptUpToTheCap() {
        Backoff backoff = new Backoff(Duration.ofMinutes(1), Duration.ofMinutes(10));
        assertThat(backoff.after(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(backoff.after(4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(backoff.after(5)).isEqualTo(Duration.ofMinutes(10));
        assertThat(backoff.after(60)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void theFirstWaitIsTheBaseEvenWhenNoAttemptWasCounted() {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(backoff.after(0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.after(-3)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.after(3)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void aVeryLongRunOfFailuresNeverOverflowsTheDelay() {
        Backoff backoff = new Backoff(Duration.ofHours(1), Duration.ofDays(1));
        assertThat(backoff.after(Integer.MAX_VALUE)).isEqualTo(Duration.ofDays(1));
        assertThat(backoff.after(21)).isEqualTo(Duration.ofDays(1));
    }
}
