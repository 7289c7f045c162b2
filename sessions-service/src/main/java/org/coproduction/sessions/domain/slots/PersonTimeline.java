package org.coproduction.sessions.domain.slots;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one person's rules into time spans (epoch seconds) once, then judges every candidate start with
 * forward-only cursors. Weekly windows are laid out day by day in the person's own zone, so 18:00 in
 * London is 18:00Z in winter and 17:00Z in summer.
 */
final class PersonTimeline {
    static final byte FREE = 0;
    private static final UnavailableReason[] REASONS = UnavailableReason.values();

    private PersonTimeline() {
    }

    /**
     * @return for each candidate start k, {@link #FREE} or the reason's ordinal + 1
     */
    static byte[] judge(PersonCalendar person, long[] starts, long durationSeconds, Instant now) {
        byte[] verdicts = new byte[starts.length];
        if (starts.length == 0) {
            return verdicts;
        }
        long first = starts[0];
        long last = starts[starts.length - 1] + durationSeconds;
        SpanList windows = SpanList.of(windows(person, first, last));
        SpanList absences = SpanList.of(spans(person.absences()));
        SpanList booked = SpanList.of(spans(person.booked()));
        SpanList fullMonths = SpanList.of(fullMonths(person));
        long earliest = person.minNoticeDays() == null ? Long.MIN_VALUE
                : now.getEpochSecond() + person.minNoticeDays() * 86_400L;
        for (int k = 0; k < starts.length; k++) {
            long s = starts[k];
            long e = s + durationSeconds;
            UnavailableReason reason = null;
            // Every cursor is advanced on every step (no short-circuit) so each stays in order.
            boolean absent = absences.overlaps(s, e);
            boolean inWindow = windows.contains(s, e);
            boolean clash = booked.overlaps(s, e);
            boolean monthFull = fullMonths.covers(s);
            if (absent) {
                reason = UnavailableReason.ABSENT;
            } else if (!inWindow) {
                reason = UnavailableReason.OUTSIDE_AVAILABILITY;
            } else if (s < earliest) {
                reason = UnavailableReason.NOTICE_TOO_SHORT;
            } else if (clash) {
                reason = UnavailableReason.DOUBLE_BOOKED;
            } else if (monthFull) {
                reason = UnavailableReason.MONTHLY_LIMIT;
            }
            verdicts[k] = reason == null ? FREE : (byte) (reason.ordinal() + 1);
        }
        return verdicts;
    }

    static UnavailableReason reasonOf(byte verdict) {
        return verdict == FREE ? null : REASONS[verdict - 1];
    }

    private static List<long[]> windows(PersonCalendar person, long fromSecond, long toSecond) {
        ZoneId zone = person.zone();
        LocalDate day = Instant.ofEpochSecond(fromSecond).atZone(zone).toLocalDate().minusDays(1);
        LocalDate lastDay = Instant.ofEpochSecond(toSecond).atZone(zone).toLocalDate().plusDays(1);
        List<long[]> spans = new ArrayList<>();
        for (; !day.isAfter(lastDay); day = day.plusDays(1)) {
            for (WeeklyWindow window : person.weekly()) {
                if (window.day() == day.getDayOfWeek() && window.end().isAfter(window.start())) {
                    // ZonedDateTime.of moves a time in a spring-forward gap to just after the gap.
                    long start = ZonedDateTime.of(day, window.start(), zone).toEpochSecond();
                    long end = ZonedDateTime.of(day, window.end(), zone).toEpochSecond();
                    if (end > start) {
                        spans.add(new long[] {start, end});
                    }
                }
            }
        }
        return spans;
    }

    private static List<long[]> spans(List<Interval> intervals) {
        List<long[]> spans = new ArrayList<>(intervals.size());
        for (Interval interval : intervals) {
            spans.add(new long[] {interval.start().getEpochSecond(), interval.end().getEpochSecond()});
        }
        return spans;
    }

    /** Months (in the person's zone) that already hold as many sessions as the person allows. */
    private static List<long[]> fullMonths(PersonCalendar person) {
        Integer max = person.maxSessionsPerMonth();
        if (max == null) {
            return List.of();
        }
        Map<YearMonth, Integer> perMonth = new HashMap<>();
        for (Interval session : person.booked()) {
            perMonth.merge(YearMonth.from(session.start().atZone(person.zone())), 1, Integer::sum);
        }
        List<long[]> spans = new ArrayList<>();
        if (max <= 0) {
            spans.add(new long[] {Long.MIN_VALUE / 2, Long.MAX_VALUE / 2});
            return spans;
        }
        perMonth.forEach((month, count) -> {
            if (count >= max) {
                long start = month.atDay(1).atStartOfDay(person.zone()).toEpochSecond();
                long end = month.plusMonths(1).atDay(1).atStartOfDay(person.zone()).toEpochSecond();
                spans.add(new long[] {start, end});
            }
        });
        return spans;
    }
}
