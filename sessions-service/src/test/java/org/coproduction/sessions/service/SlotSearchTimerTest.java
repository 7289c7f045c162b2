package org.coproduction.sessions.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class SlotSearchTimerTest {

    @Test
    void searchesFallInAFewBandsBySize() {
        assertThat(SlotSearchTimer.band(1)).isEqualTo("1-10");
        assertThat(SlotSearchTimer.band(10)).isEqualTo("1-10");
        assertThat(SlotSearchTimer.band(11)).isEqualTo("11-100");
        assertThat(SlotSearchTimer.band(100)).isEqualTo("11-100");
        assertThat(SlotSearchTimer.band(101)).isEqualTo("101-1000");
        assertThat(SlotSearchTimer.band(1000)).isEqualTo("101-1000");
        assertThat(SlotSearchTimer.band(1001)).isEqualTo("1001-");
    }

    @Test
    void eachSearchIsTimedInItsBandWithItsAnswerPassedOn() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        SlotSearchTimer timer = new SlotSearchTimer(registry);

        assertThat(timer.time(42, () -> "found")).isEqualTo("found");

        assertThat(registry.get("coproduction.slot.search")
                        .tag("people", "11-100")
                        .timer()
                        .count())
                .isEqualTo(1);
        assertThat(registry.get("coproduction.slot.search")
                        .tag("people", "1-10")
                        .timer()
                        .count())
                .isZero();
    }
}
