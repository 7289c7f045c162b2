package org.coproduction.participants.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.coproduction.participants.domain.BenefitsPeriods.Span;
import org.junit.jupiter.api.Test;

class BenefitsPeriodsTest {

    private static Span span(String first, String last) {
        return new Span(LocalDate.parse(first), LocalDate.parse(last));
    }

    @Test
    void aWeekRunsFromItsStartDayToTheDayBeforeTheNext() {
        // 2027-03-05 is a Friday.
        assertThat(BenefitsPeriods.week(LocalDate.parse("2027-03-05"), DayOfWeek.MONDAY))
                .isEqualTo(span("2027-03-01", "2027-03-07"));
        assertThat(BenefitsPeriods.week(LocalDate.parse("2027-03-05"), DayOfWeek.FRIDAY))
                .isEqualTo(span("2027-03-05", "2027-03-11"));
        assertThat(BenefitsPeriods.week(LocalDate.parse("2027-03-05"), DayOfWeek.SATURDAY))
                .isEqualTo(span("2027-02-27", "2027-03-05"));
    }

    @Test
    void aWeekCrossesMonthsAndYears() {
        assertThat(BenefitsPeriods.week(LocalDate.parse("2027-01-01"), DayOfWeek.MONDAY))
                .isEqualTo(span("2026-12-28", "2027-01-03"));
    }

    @Test
    void aMonthStartingOnTheFirstIsTheCalendarMonth() {
        assertThat(BenefitsPeriods.month(LocalDate.parse("2027-02-14"), 1)).isEqualTo(span("2027-02-01", "2027-02-28"));
        assertThat(BenefitsPeriods.month(LocalDate.parse("2028-02-29"), 1)).isEqualTo(span("2028-02-01", "2028-02-29"));
        assertThat(BenefitsPeriods.month(LocalDate.parse("2027-12-31"), 1)).isEqualTo(span("2027-12-01", "2027-12-31"));
    }

    @Test
    void aMonthStartingMidMonthRunsToTheDayBeforeTheNextStart() {
        assertThat(BenefitsPeriods.month(LocalDate.parse("2027-03-14"), 15))
                .isEqualTo(span("2027-02-15", "2027-03-14"));
        assertThat(BenefitsPeriods.month(LocalDate.parse("2027-03-15"), 15))
                .isEqualTo(span("2027-03-15", "2027-04-14"));
        // Across the new year.
        assertThat(BenefitsPeriods.month(LocalDate.parse("2027-01-03"), 20))
                .isEqualTo(span("2026-12-20", "2027-01-19"));
    }

    @Test
    void aStartPastTheMonthsEndIsItsLastDay() {
        // Universal Credit: an assessment period starting on the 31st starts on 30 April.
        assertThat(BenefitsPeriods.month(LocalDate.parse("2027-04-30"), 31))
                .isEqualTo(span("2027-04-30", "2027-05-30"));
        assertThat(BenefitsPeriods.month(LocalDate.parse("2027-04-29"), 31))
                .isEqualTo(span("2027-03-31", "2027-04-29"));
        assertThat(BenefitsPeriods.month(LocalDate.parse("2027-05-31"), 31))
                .isEqualTo(span("2027-05-31", "2027-06-29"));
        // 28 February in a common year, 29 in a leap year.
        assertThat(BenefitsPeriods.month(LocalDate.parse("2027-02-28"), 31))
                .isEqualTo(span("2027-02-28", "2027-03-30"));
        assertThat(BenefitsPeriods.month(LocalDate.parse("2027-02-27"), 31))
                .isEqualTo(span("2027-01-31", "2027-02-27"));
        assertThat(BenefitsPeriods.month(LocalDate.parse("2028-02-28"), 31))
                .isEqualTo(span("2028-01-31", "2028-02-28"));
        assertThat(BenefitsPeriods.month(LocalDate.parse("2028-02-29"), 31))
                .isEqualTo(span("2028-02-29", "2028-03-30"));
        assertThat(BenefitsPeriods.month(LocalDate.parse("2028-02-29"), 30))
                .isEqualTo(span("2028-02-29", "2028-03-29"));
        assertThat(BenefitsPeriods.month(LocalDate.parse("2027-03-01"), 29))
                .isEqualTo(span("2027-02-28", "2027-03-28"));
    }

    @Test
    void aSpanHoldsBothEnds() {
        Span week = span("2027-03-01", "2027-03-07");
        assertThat(week.contains(LocalDate.parse("2027-03-01"))).isTrue();
        assertThat(week.contains(LocalDate.parse("2027-03-07"))).isTrue();
        assertThat(week.contains(LocalDate.parse("2027-02-28"))).isFalse();
        assertThat(week.contains(LocalDate.parse("2027-03-08"))).isFalse();
    }

    @Test
    void aMonthStartsOnADayFromOneToThirtyOne() {
        assertThatThrownBy(() -> BenefitsPeriods.month(LocalDate.parse("2027-03-01"), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BenefitsPeriods.month(LocalDate.parse("2027-03-01"), 32))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aScheduleHasOnlyTheStartOfItsOwnKind() {
        assertThat(BenefitsSchedule.weekly(DayOfWeek.TUESDAY).containing(LocalDate.parse("2027-03-05")))
                .isEqualTo(span("2027-03-02", "2027-03-08"));
        assertThat(BenefitsSchedule.monthly(31).containing(LocalDate.parse("2027-04-30")))
                .isEqualTo(span("2027-04-30", "2027-05-30"));
        assertThatThrownBy(() -> new BenefitsSchedule(BenefitsPeriod.WEEK, DayOfWeek.MONDAY, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BenefitsSchedule(BenefitsPeriod.MONTH, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
