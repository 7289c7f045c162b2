package org.coproduction.sessions.domain.slots;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.YearMonth;
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

    private PersonTimeline() {}

    /**
     * @return for each candidate start k, {@link #FREE} or the reason's ordinal + 1
     */
    static byte[] judge(PersonCalendar person, long[] starts, long durationSeconds, Instant now) {
        if (starts.length == 0) {
            return new byte[0];
        }
        return judge(
                person,
                starts,
                durationSeconds,
                now,
                LocalDays.of(person.zone(), starts[0], starts[starts.length - 1] + durationSeconds));
    }

    /** As above, with the zone's days already laid out (shared by everyone in the same zone). */
    static byte[] judge(PersonCalendar person, long[] starts, long durationSeconds, Instant now, LocalDays days) {
        return judge(person, starts, durationSeconds, now, days, new byte[starts.length]);
    }

    /**
     * As above, into {@code verdicts} (at least {@code starts.length} long), so a caller judging many people can reuse
     * one buffer instead of keeping a row per person.
     */
    static byte[] judge(
            PersonCalendar person, long[] starts, long durationSeconds, Instant now, LocalDays days, byte[] verdicts) {
        if (starts.length == 0) {
            return verdicts;
        }
        SpanList windows = SpanList.of(windows(person, days));
        SpanList absences = SpanList.of(spans(person.absences()));
        SpanList booked = SpanList.of(spans(person.booked()));
        SpanList fullMonths = SpanList.of(fullMonths(person));
        long earliest = person.minNoticeDays() == null
                ? Long.MIN_VALUE
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

    private static List<long[]> windows(PersonCalendar person, LocalDays days) {
        List<long[]> spans = new ArrayList<>();
        for (int d = 0; d < days.size(); d++) {
            DayOfWeek dayOfWeek = days.dayOfWeek(d);
            for (WeeklyWindow window : person.weekly()) {
                if (window.day() == dayOfWeek && window.end().isAfter(window.start())) {
                    long start = days.epochSecond(d, window.start());
                    long end = days.epochSecond(d, window.end());
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
            spans.add(new long[] {
                interval.start().getEpochSecond(), interval.end().getEpochSecond()
            });
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
                long end =
                        month.plusMonths(1).atDay(1).atStartOfDay(person.zone()).toEpochSecond();
                spans.add(new long[] {start, end});
            }
        });
        return spans;
    }
}
