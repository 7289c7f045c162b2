package org.coproduction.notifications.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * Decides whether a person's digest is due. Pure: no clock, no database.
 *
 * <ul>
 * <li>WEEKLY: every digestDay at the send hour, local time in the person's zone.</li>
 * <li>FORTNIGHTLY: a digestDay at least 14 days after the last period (the cadence follows the person,
 * so a newcomer does not wait up to a fortnight for an arbitrary calendar parity).</li>
 * <li>MONTHLY: the first digestDay of each month (digestDay is a weekday, so "the 31st" never arises).</li>
 * <li>NEVER: never.</li>
 * </ul>
 * The latest scheduled occurrence not after {@code now} is the candidate; it is due unless the last period
 * already covers it. Local times are turned into instants per date, so daylight-saving changes move the
 * instant, not the local hour.
 */
public final class DueRule {

    private final LocalTime sendTime;

    public DueRule(LocalTime sendTime) {
        this.sendTime = sendTime;
    }

    /**
     * @param lastPeriod local date of the person's last scheduled digest period, or null if none yet
     */
    public Optional<DuePeriod> due(DigestSchedule schedule, Instant now, LocalDate lastPeriod) {
        if (schedule.frequency() == DigestFrequency.NEVER) {
            return Optional.empty();
        }
        LocalDate candidate = latestOccurrence(schedule, now);
        boolean covered = lastPeriod != null
                && switch (schedule.frequency()) {
                    case FORTNIGHTLY -> candidate.isBefore(lastPeriod.plusDays(14));
                    default -> !candidate.isAfter(lastPeriod);
                };
        if (covered) {
            return Optional.empty();
        }
        return Optional.of(DuePeriod.scheduled(schedule.frequency(), candidate, at(candidate, schedule)));
    }

    /** The latest local date on which a digest is scheduled whose send time is not after now. */
    LocalDate latestOccurrence(DigestSchedule schedule, Instant now) {
        LocalDate today = now.atZone(schedule.zone()).toLocalDate();
        if (schedule.frequency() == DigestFrequency.MONTHLY) {
            LocalDate thisMonth = firstInMonth(today, schedule);
            return at(thisMonth, schedule).isAfter(now) ? firstInMonth(today.minusMonths(1), schedule) : thisMonth;
        }
        LocalDate thisWeek = today.with(TemporalAdjusters.previousOrSame(schedule.day()));
        return at(thisWeek, schedule).isAfter(now) ? thisWeek.minusWeeks(1) : thisWeek;
    }

    private static LocalDate firstInMonth(LocalDate anyDayInMonth, DigestSchedule schedule) {
        return anyDayInMonth.with(TemporalAdjusters.firstInMonth(schedule.day()));
    }

    /** A local send time that falls in a spring-forward gap moves forward by the gap (java.time's rule). */
    private Instant at(LocalDate date, DigestSchedule schedule) {
        return ZonedDateTime.of(date, sendTime, schedule.zone()).toInstant();
    }
}
