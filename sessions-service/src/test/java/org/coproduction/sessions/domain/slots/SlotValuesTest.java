package org.coproduction.sessions.domain.slots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The small value types the slot finder speaks in: their checks and copies. */
class SlotValuesTest {
    static final Instant T0 = Instant.parse("2027-05-03T09:00:00Z");

    @Test
    void anIntervalMustEndAfterItStarts() {
        assertThat(new Interval(T0, T0.plusSeconds(1)).end()).isEqualTo(T0.plusSeconds(1));
        assertThatThrownBy(() -> new Interval(T0, T0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("after its start");
        assertThatThrownBy(() -> new Interval(T0, T0.minusSeconds(60))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aQueryRefusesAZeroOrNegativeDurationOrStep() {
        assertThatThrownBy(() -> query(T0, T0.plusSeconds(3600), Duration.ZERO, Duration.ofMinutes(15)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> query(T0, T0.plusSeconds(3600), Duration.ofMinutes(-30), Duration.ofMinutes(15)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> query(T0, T0.plusSeconds(3600), Duration.ofMinutes(30), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> query(T0, T0.plusSeconds(3600), Duration.ofMinutes(30), Duration.ofMinutes(-5)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void candidateStartsRunWhileTheSlotStillEndsInTheRange() {
        // 09:00-11:00, 60 minutes every 30: 09:00, 09:30, 10:00.
        assertThat(query(T0, T0.plusSeconds(7200), Duration.ofMinutes(60), Duration.ofMinutes(30))
                        .candidateCount())
                .isEqualTo(3);
        // Exactly one slot fits.
        assertThat(query(T0, T0.plusSeconds(3600), Duration.ofMinutes(60), Duration.ofMinutes(30))
                        .candidateCount())
                .isEqualTo(1);
        // A range shorter than the slot has no candidates at all.
        assertThat(query(T0, T0.plusSeconds(1800), Duration.ofMinutes(60), Duration.ofMinutes(30))
                        .candidateCount())
                .isZero();
        // A step that does not divide the range leaves the remainder unused.
        assertThat(query(T0, T0.plusSeconds(7200), Duration.ofMinutes(60), Duration.ofMinutes(45))
                        .candidateCount())
                .isEqualTo(2);
    }

    @Test
    void aHugeRangeIsCappedAtTheLargestCount() {
        SlotQuery query = query(
                Instant.EPOCH, Instant.parse("2200-01-01T00:00:00Z"), Duration.ofSeconds(1), Duration.ofSeconds(1));
        assertThat(query.candidateCount()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void aQueryKeepsItsOwnCopyOfTheRequiredPeople() {
        Set<UUID> required = new HashSet<>(Set.of(UUID.randomUUID()));
        SlotQuery query = new SlotQuery(
                T0, T0.plusSeconds(3600), Duration.ofMinutes(30), Duration.ofMinutes(30), required, 1, 5, T0);
        required.add(UUID.randomUUID());
        assertThat(query.required()).hasSize(1);
        assertThatThrownBy(() -> query.required().add(UUID.randomUUID()))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aSlotSaysWhetherEveryRequiredPersonIsFree() {
        UUID sam = UUID.randomUUID();
        Slot everyone = new Slot(T0, T0.plusSeconds(3600), List.of(sam), List.of(), List.of());
        Slot withoutSam = new Slot(
                T0,
                T0.plusSeconds(3600),
                List.of(),
                List.of(new Unavailability(sam, UnavailableReason.ABSENT)),
                List.of(sam));
        assertThat(everyone.allRequiredFree()).isTrue();
        assertThat(withoutSam.allRequiredFree()).isFalse();
        assertThat(withoutSam.missingRequired()).containsExactly(sam);
    }

    @Test
    void aSlotAndACalendarKeepTheirOwnCopiesOfTheirLists() {
        List<UUID> available = new ArrayList<>(List.of(UUID.randomUUID()));
        Slot slot = new Slot(T0, T0.plusSeconds(60), available, new ArrayList<>(), new ArrayList<>());
        available.clear();
        assertThat(slot.available()).hasSize(1);

        List<Interval> absences = new ArrayList<>(List.of(new Interval(T0, T0.plusSeconds(60))));
        PersonCalendar calendar = new PersonCalendar(
                UUID.randomUUID(), ZoneId.of("Europe/London"), List.of(), absences, List.of(), null, null, 0);
        absences.clear();
        assertThat(calendar.absences()).hasSize(1);
        assertThatThrownBy(() -> calendar.weekly().add(null)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void reasonsAreNamedInTheOrderTheyAreJudged() {
        // The first failing rule is reported, so the order of the enum is part of the contract.
        assertThat(UnavailableReason.values())
                .containsExactly(
                        UnavailableReason.ABSENT,
                        UnavailableReason.OUTSIDE_AVAILABILITY,
                        UnavailableReason.NOTICE_TOO_SHORT,
                        UnavailableReason.DOUBLE_BOOKED,
                        UnavailableReason.MONTHLY_LIMIT);
        assertThat(PersonTimeline.reasonOf(PersonTimeline.FREE)).isNull();
        for (UnavailableReason reason : UnavailableReason.values()) {
            assertThat(PersonTimeline.reasonOf((byte) (reason.ordinal() + 1))).isEqualTo(reason);
        }
    }

    private static SlotQuery query(Instant from, Instant to, Duration duration, Duration step) {
        return new SlotQuery(from, to, duration, step, Set.of(), 1, 10, from);
    }
}
