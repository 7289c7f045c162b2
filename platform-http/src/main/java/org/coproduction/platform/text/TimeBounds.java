package org.coproduction.platform.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Dates and times the suite accepts: ISO-8601 text in the years 1900 to 2200 (anything further is a typo, and far-off
 * values overflow date arithmetic and the database), and time zones only as region ids such as Europe/London (an
 * offset such as +01:00 has no daylight-saving rules, so local times would drift and calendars could not name it).
 */
public final class TimeBounds {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2200;
    public static final String INSTANT_RULE =
            "must be a UTC instant such as 2027-03-29T17:00:00Z, in the years " + FIRST_YEAR + " to " + LAST_YEAR;
    public static final String DATE_RULE =
            "must be a date such as 2027-03-29, in the years " + FIRST_YEAR + " to " + LAST_YEAR;
    public static final String ZONE_RULE = "must be a time zone region such as Europe/London";

    private static final Instant FIRST =
            LocalDate.of(FIRST_YEAR, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final java.util.Set<String> REGIONS = java.util.Set.copyOf(ZoneId.getAvailableZoneIds());
    private static final Instant END =
            LocalDate.of(LAST_YEAR + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);

    private TimeBounds() {}

    /** The instant, or {@code null} when the text is not an ISO-8601 date-time with offset within the bounds. */
    public static Instant instantOrNull(String text) {
        if (text == null) {
            return null;
        }
        try {
            Instant instant = OffsetDateTime.parse(text.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    .toInstant();
            return withinBounds(instant) ? instant : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The date, or {@code null} when the text is not an ISO-8601 date within the bounds. */
    public static LocalDate dateOrNull(String text) {
        if (text == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            return date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR ? date : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public static boolean withinBounds(Instant instant) {
        return !instant.isBefore(FIRST) && instant.isBefore(END);
    }

    /** True for a region id the JVM knows ("Europe/London") or UTC; false for offsets ("+01:00", "UTC+1"). */
    public static boolean isRegionZone(String zone) {
        return zone != null && (zone.equals("UTC") || zone.contains("/") && REGIONS.contains(zone));
    }
}
