package org.coproduction.participants.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/**
 * Which assessment period contains a day: a week starting on a given weekday, or a month starting on a given day of
 * the month, where a day past the month's end means its last day (Universal Credit: an assessment period starting on
 * the 31st starts on 30 April and on 28 or 29 February). Plain Java, tested without a framework.
 */
public final class BenefitsPeriods {

    private BenefitsPeriods() {}

    /** The first and last day of one period, both included. */
    public record Span(LocalDate first, LocalDate last) {

        public boolean contains(LocalDate day) {
            return !day.isBefore(first) && !day.isAfter(last);
        }
    }

    /** The seven days from the last {@code startsOn} on or before {@code day}. */
    public static Span week(LocalDate day, DayOfWeek startsOn) {
        LocalDate first = day.with(TemporalAdjusters.previousOrSame(startsOn));
        return new Span(first, first.plusDays(6));
    }

    /** The month-long period from the last start on or before {@code day} to the day before the next start. */
    public static Span month(LocalDate day, int startsOn) {
        if (startsOn < 1 || startsOn > 31) {
            throw new IllegalArgumentException("A month period starts on a day from 1 to 31");
        }
        YearMonth month = YearMonth.from(day);
        LocalDate start = startIn(month, startsOn);
        if (day.isBefore(start)) {
            month = month.minusMonths(1);
            start = startIn(month, startsOn);
        }
        return new Span(start, startIn(month.plusMonths(1), startsOn).minusDays(1));
    }

    private static LocalDate startIn(YearMonth month, int startsOn) {
        return month.atDay(Math.min(startsOn, month.lengthOfMonth()));
    }
}
