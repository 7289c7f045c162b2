package org.coproduction.participants.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.coproduction.participants.domain.AvailabilityRules.IndexedAbsence;
import org.coproduction.participants.domain.AvailabilityRules.IndexedWindow;
import org.junit.jupiter.api.Test;

class AvailabilityRulesTest {

    private static IndexedWindow w(int index, DayOfWeek day, String start, String end) {
        return new IndexedWindow(index, new WeeklyWindow(day, LocalTime.parse(start), LocalTime.parse(end)));
    }

    @Test
    void validWindowsPass() {
        assertThat(AvailabilityRules.checkWindows(List.of(
                        w(0, DayOfWeek.MONDAY, "09:00", "12:00"),
                        w(1, DayOfWeek.MONDAY, "12:00", "13:00"),
                        w(2, DayOfWeek.TUESDAY, "09:30", "11:00"))))
                .isEmpty();
    }

    @Test
    void endMustBeAfterStart() {
        assertThat(AvailabilityRules.checkWindows(List.of(w(0, DayOfWeek.MONDAY, "10:00", "10:00"))))
                .extracting(Violation::field)
                .containsExactly("availability.weekly[0].end");
        assertThat(AvailabilityRules.checkWindows(List.of(w(3, DayOfWeek.FRIDAY, "22:00", "01:00"))))
                .extracting(Violation::field)
                .containsExactly("availability.weekly[3].end");
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
        assertThat(violations)
                .extracting(Violation::field)
                .containsExactly("availability.weekly[1].start", "availability.weekly[2].start");
    }

    @Test
    void sameTimesOnDifferentDaysDoNotOverlap() {
        assertThat(AvailabilityRules.checkWindows(
                        List.of(w(0, DayOfWeek.MONDAY, "18:00", "20:00"), w(1, DayOfWeek.THURSDAY, "18:00", "20:00"))))
                .isEmpty();
    }

    @Test
    void absenceMustEndAfterItStarts() {
        Instant a = Instant.parse("2027-04-01T00:00:00Z");
        Instant b = Instant.parse("2027-04-15T00:00:00Z");
        assertThat(AvailabilityRules.checkAbsences(List.of(new IndexedAbsence(0, new Absence(a, b, null)))))
                .isEmpty();
        assertThat(AvailabilityRules.checkAbsences(List.of(
                        new IndexedAbsence(0, new Absence(a, b, null)),
                        new IndexedAbsence(1, new Absence(b, a, "holiday")),
                        new IndexedAbsence(2, new Absence(a, a, null)))))
                .extracting(Violation::field)
                .containsExactly("availability.unavailable[1].to", "availability.unavailable[2].to");
    }

    @Test
    void noWindowsAndNoAbsencesBreakNoRule() {
        assertThat(AvailabilityRules.checkWindows(List.of())).isEmpty();
        assertThat(AvailabilityRules.checkAbsences(List.of())).isEmpty();
    }

    @Test
    void theMessagesSayWhatIsWrongInTheClientsOwnTerms() {
        assertThat(AvailabilityRules.checkWindows(List.of(w(0, DayOfWeek.FRIDAY, "22:00", "01:00"))))
                .singleElement()
                .extracting(Violation::message)
                .isEqualTo(
                        "must be after start (22:00); a window that runs past midnight is two windows, one on each day");
        assertThat(AvailabilityRules.checkWindows(
                        List.of(w(0, DayOfWeek.MONDAY, "18:00", "20:00"), w(1, DayOfWeek.MONDAY, "19:00", "21:00"))))
                .singleElement()
                .extracting(Violation::message)
                .isEqualTo("overlaps window 0 on MONDAY (18:00-20:00)");
        Instant from = Instant.parse("2027-04-15T00:00:00Z");
        assertThat(AvailabilityRules.checkAbsences(
                        List.of(new IndexedAbsence(4, new Absence(from, from.minusSeconds(1), null)))))
                .singleElement()
                .isEqualTo(
                        new Violation("availability.unavailable[4].to", "must be after from (2027-04-15T00:00:00Z)"));
    }

    @Test
    void twoIdenticalWindowsReportTheLaterOneInTheClientsList() {
        assertThat(AvailabilityRules.checkWindows(List.of(
                        w(0, DayOfWeek.SATURDAY, "10:00", "12:00"), w(1, DayOfWeek.SATURDAY, "10:00", "12:00"))))
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.field()).isEqualTo("availability.weekly[1].start");
                    assertThat(v.message()).startsWith("overlaps window 0 on SATURDAY");
                });
    }

    @Test
    void aWindowThatEndsBeforeItStartsIsNotAlsoComparedWithTheOthers() {
        assertThat(AvailabilityRules.checkWindows(
                        List.of(w(0, DayOfWeek.MONDAY, "09:00", "17:00"), w(1, DayOfWeek.MONDAY, "12:00", "10:00"))))
                .extracting(Violation::field)
                .containsExactly("availability.weekly[1].end");
    }

    @Test
    void violationsComeInFieldOrderWhateverTheDayOrder() {
        List<Violation> violations = AvailabilityRules.checkWindows(List.of(
                w(0, DayOfWeek.SUNDAY, "10:00", "12:00"),
                w(1, DayOfWeek.SUNDAY, "11:00", "13:00"),
                w(2, DayOfWeek.MONDAY, "15:00", "14:00"),
                w(3, DayOfWeek.MONDAY, "09:00", "10:00"),
                w(4, DayOfWeek.MONDAY, "09:30", "09:45")));
        assertThat(violations)
                .extracting(Violation::field)
                .containsExactly(
                        "availability.weekly[1].start", "availability.weekly[2].end", "availability.weekly[4].start");
    }

    @Test
    void aLateEveningAndAnEarlyMorningOnConsecutiveDaysDoNotOverlap() {
        assertThat(AvailabilityRules.checkWindows(List.of(
                        w(0, DayOfWeek.TUESDAY, "21:00", "23:59"), w(1, DayOfWeek.WEDNESDAY, "00:00", "02:00"))))
                .isEmpty();
    }

    @Test
    void absencesMayOverlapEachOther() {
        Instant april = Instant.parse("2027-04-01T00:00:00Z");
        assertThat(AvailabilityRules.checkAbsences(List.of(
                        new IndexedAbsence(0, new Absence(april, april.plusSeconds(86_400 * 10), "holiday")),
                        new IndexedAbsence(
                                1,
                                new Absence(
                                        april.plusSeconds(86_400 * 5), april.plusSeconds(86_400 * 6), "hospital")))))
                .isEmpty();
    }
}
