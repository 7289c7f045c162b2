package org.coproduction.sessions.domain.slots;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneRules;

/**
 * The local days of one zone over a search range, with each day's UTC offset, so a local time on a day turns
 * into an instant with arithmetic. Only days on which the offset changes (daylight-saving switches) go through
 * {@link ZonedDateTime}, which resolves gaps and overlaps. Built once per zone and shared by everyone in it.
 */
final class LocalDays {
    private final ZoneId zone;
    private final LocalDate first;
    private final int[] offsetSeconds;
    private final boolean[] offsetChanges;

    private LocalDays(ZoneId zone, LocalDate first, int[] offsetSeconds, boolean[] offsetChanges) {
        this.zone = zone;
        this.first = first;
        this.offsetSeconds = offsetSeconds;
        this.offsetChanges = offsetChanges;
    }

    /** The local days touching [fromSecond, toSecond], plus one either side. */
    static LocalDays of(ZoneId zone, long fromSecond, long toSecond) {
        LocalDate first =
                Instant.ofEpochSecond(fromSecond).atZone(zone).toLocalDate().minusDays(1);
        LocalDate last =
                Instant.ofEpochSecond(toSecond).atZone(zone).toLocalDate().plusDays(1);
        int n = (int) (last.toEpochDay() - first.toEpochDay()) + 1;
        ZoneRules rules = zone.getRules();
        int[] offsets = new int[n];
        boolean[] changes = new boolean[n];
        for (int i = 0; i < n; i++) {
            LocalDate day = first.plusDays(i);
            Instant start = day.atStartOfDay(zone).toInstant();
            Instant next = day.plusDays(1).atStartOfDay(zone).toInstant();
            offsets[i] = rules.getOffset(start).getTotalSeconds();
            // A switch at local midnight (America/Santiago) leaves the day's start itself in the gap.
            changes[i] = offsets[i] != rules.getOffset(start.minusSeconds(1)).getTotalSeconds()
                    || offsets[i] != rules.getOffset(next).getTotalSeconds()
                    || rules.nextTransition(start) != null
                            && rules.nextTransition(start).getInstant().isBefore(next);
        }
        return new LocalDays(zone, first, offsets, changes);
    }

    int size() {
        return offsetSeconds.length;
    }

    DayOfWeek dayOfWeek(int day) {
        return first.plusDays(day).getDayOfWeek();
    }

    /** The instant (epoch second) of a local time on the given day of this range. */
    long epochSecond(int day, LocalTime time) {
        if (offsetChanges[day]) {
            // ZonedDateTime.of moves a time in a spring-forward gap to just after the gap.
            return ZonedDateTime.of(first.plusDays(day), time, zone).toEpochSecond();
        }
        return (first.toEpochDay() + day) * 86_400L + time.toSecondOfDay() - offsetSeconds[day];
    }
}
