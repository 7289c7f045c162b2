package org.coproduction.portal.page;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as a person reads them: in their own zone and language ("Thursday 3 December 2026, 18:00"). */
public final class TimeWords {

    private TimeWords() {}

    public static String span(OffsetDateTime start, OffsetDateTime end, ZoneId zone, Locale locale, String to) {
        ZonedDateTime s = start.atZoneSameInstant(zone);
        ZonedDateTime e = end.atZoneSameInstant(zone);
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale);
        String first = day.format(s) + ", " + time.format(s);
        return s.toLocalDate().equals(e.toLocalDate())
                ? first + " " + to + " " + time.format(e)
                : first + " " + to + " " + day.format(e) + ", " + time.format(e);
    }

    public static String day(java.time.LocalDate date, Locale locale) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale).format(date);
    }

    /** The person's zone, or London if theirs is missing or unknown here. */
    public static ZoneId zone(String id) {
        try {
            return id == null ? ZoneId.of("Europe/London") : ZoneId.of(id);
        } catch (java.time.DateTimeException unknown) {
            return ZoneId.of("Europe/London");
        }
    }
}
