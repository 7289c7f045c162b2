package org.coproduction.participants.domain;

import org.coproduction.participants.domain.AvailabilityRules.IndexedAbsence;
import org.coproduction.participants.domain.AvailabilityRules.IndexedWindow;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AvailabilityRulesTest {

    private static IndexedWindow w(int index, DayOfWeek day, String start, String end) {
        return new IndexedWindow(index, new WeeklyWindow(day, LocalTime.parse(start), LocalTime.parse(end)));
    }

    @Test
    void validWindowsPass() {
        assertThat(AvailabilityRules.checkWindows(List.of(
                w(0, DayOfWeek.MONDAY, "09:00", "12:00"),
                w(1, DayOfWeek.MONDAY, "12:00", "13:00"),
                w(2, DayOfWeek.TUESDAY, "09:30", "11:00")))).isEmpty();
    }

    @Test
    void endMustBeAfterStart() {
        assertThat(AvailabilityRules.checkWindows(List.of(w(0, DayOfWeek.MONDAY, "10:00", "10:00"))))
                .extracting(Violation::field).containsExactly("availability.weekly[0].end");
        assertThat(AvailabilityRules.checkWindows(List.of(w(3, DayOfWeek.FRIDAY, "22:00", "01:00"))))
                .extracting(Violation::field).containsExactly("availability.weekly[3].end");
    }

    @Test
    void overlapOnTheSameDayNamesTheLaterWindowAndTheOneItOverlaps() {
        List<Violation> violations = AvailabilityRules.checkWindows(List.of(
                w(0, DayOfWeek.MONDAY, "18:00", "20:00"),
                w(1, DayOfWeek.MONDAY, "08:00", "09:00"),
                w(2, DayOfWeek.MONDAY, "19:59", "21:00")));
        assertThat(violations).hasSize(1);
        assertThat(violations.get(0).field()).isEqualTo("availability.weekly[2].start");
        assertThat(violations.get(0).message()).contains("overlaps window 0");
    }

    @Test
    void aWindowInsideALongOneOverlapsEvenAfterAShortOne() {
        List<Violation> violations = AvailabilityRules.checkWindows(List.of(
                w(0, DayOfWeek.WEDNESDAY, "09:00", "17:00"),
                w(1, DayOfWeek.WEDNESDAY, "10:00", "11:00"),
                w(2, DayOfWeek.WEDNESDAY, "12:00", "13:00")));
        assertThat(violations).extracting(Violation::field)
                .containsExactly("availability.weekly[1].start", "availability.weekly[2].start");
    }

    @Test
    void sameTimesOnDifferentDaysDoNotOverlap() {
        assertThat(AvailabilityRules.checkWindows(List.of(
                w(0, DayOfWeek.MONDAY, "18:00", "20:00"),
                w(1, DayOfWeek.THURSDAY, "18:00", "20:00")))).isEmpty();
    }

    @Test
    void absenceMustEndAfterItStarts() {
        Instant a = Instant.parse("2027-04-01T00:00:00Z");
        Instant b = Instant.parse("2027-04-15T00:00:00Z");
        assertThat(AvailabilityRules.checkAbsences(List.of(new IndexedAbsence(0, new Absence(a, b, null))))).isEmpty();
        assertThat(AvailabilityRules.checkAbsences(List.of(
                new IndexedAbsence(0, new Absence(a, b, null)),
                new IndexedAbsence(1, new Absence(b, a, "holiday")),
                new IndexedAbsence(2, new Absence(a, a, null)))))
                .extracting(Violation::field)
                .containsExactly("availability.unavailable[1].to", "availability.unavailable[2].to");
    }
}
