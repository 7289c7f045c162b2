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
}
