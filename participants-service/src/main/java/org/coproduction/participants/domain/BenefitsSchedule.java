package org.coproduction.participants.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The period a person's limit applies to, as they set it: a week starting on {@code weekStartsOn}, or a month starting
 * on day {@code monthStartsOn}. Only the field of its own period is set.
 */
public record BenefitsSchedule(BenefitsPeriod period, DayOfWeek weekStartsOn, Integer monthStartsOn) {

    public static final DayOfWeek DEFAULT_WEEK_START = DayOfWeek.MONDAY;
    public static final int DEFAULT_MONTH_START = 1;

    public BenefitsSchedule {
        if (period == BenefitsPeriod.WEEK && (weekStartsOn == null || monthStartsOn != null)
                || period == BenefitsPeriod.MONTH && (monthStartsOn == null || weekStartsOn != null)) {
            throw new IllegalArgumentException("A period has exactly the start of its own kind");
        }
    }

    public static BenefitsSchedule weekly(DayOfWeek startsOn) {
        return new BenefitsSchedule(BenefitsPeriod.WEEK, startsOn, null);
    }

    public static BenefitsSchedule monthly(int startsOn) {
        return new BenefitsSchedule(BenefitsPeriod.MONTH, null, startsOn);
    }

    /** The period that contains the day. */
    public BenefitsPeriods.Span containing(LocalDate day) {
        return period == BenefitsPeriod.WEEK
                ? BenefitsPeriods.week(day, weekStartsOn)
                : BenefitsPeriods.month(day, monthStartsOn);
    }
}
