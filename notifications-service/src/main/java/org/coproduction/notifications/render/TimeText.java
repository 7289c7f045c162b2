package org.coproduction.notifications.render;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Dates and times as a person reads them: in their own zone and language, day names spelled out. */
public final class TimeText {

    private final ZoneId zone;
    private final DateTimeFormatter date;
    private final DateTimeFormatter time;
    private final String to;
    private final boolean welsh;

    /** @param to the reader's word between two times ("to", "i"): read aloud better than a dash */
    public TimeText(ZoneId zone, Locale locale, String to) {
        this.zone = zone;
        this.to = " " + to + " ";
        this.date = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale);
        this.welsh = "cy".equals(locale.getLanguage());
        this.time = DateTimeFormatter.ofPattern("HH:mm", locale);
    }

    public ZoneId zone() {
        return zone;
    }

    public String date(Instant instant) {
        return instant == null ? "" : inSentence(date.format(instant.atZone(zone)));
    }

    public String date(LocalDate localDate) {
        return localDate == null ? "" : inSentence(date.format(localDate));
    }

    /** Welsh writes "dydd Gwener" in running text; the JDK's names start "Dydd" as at the head of a sentence. */
    private String inSentence(String formatted) {
        return welsh && formatted.startsWith("Dydd ") ? "d" + formatted.substring(1) : formatted;
    }

    /** "Monday 29 March 2027, 18:00 to 20:30"; a session that crosses midnight names both days. */
    public String range(Instant start, Instant end) {
        if (start == null) {
            return "";
        }
        ZonedDateTime from = start.atZone(zone);
        if (end == null) {
            return inSentence(date.format(from)) + ", " + time.format(from);
        }
        ZonedDateTime to = end.atZone(zone);
        if (from.toLocalDate().equals(to.toLocalDate())) {
            return inSentence(date.format(from)) + ", " + time.format(from) + this.to + time.format(to);
        }
        return inSentence(date.format(from)) + ", " + time.format(from) + this.to + inSentence(date.format(to)) + ", "
                + time.format(to);
    }

    /** An action's due value may be a date or an instant; anything else is shown as it came. */
    public String due(String raw) {
        if (raw == null || raw.isBlank()) {
            return "";
        }
        try {
            return date(LocalDate.parse(raw));
        } catch (DateTimeParseException notADate) {
            try {
                return date(Instant.parse(raw));
            } catch (DateTimeParseException notAnInstant) {
                return raw;
            }
        }
    }
}
