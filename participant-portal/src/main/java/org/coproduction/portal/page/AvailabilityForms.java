package org.coproduction.portal.page;

import jakarta.ws.rs.core.MultivaluedMap;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the "When I'm free" forms into the fields of participants-service's availability, or says what is wrong with
 * each field in the person's words. Pure: no CDI, no I/O.
 */
public final class AvailabilityForms {

    /** Rows the weekly form offers; participants-service keeps at most 50 windows. */
    public static final int MAX_ROWS = 21;

    private static final int MAX_REASON = 200;

    private AvailabilityForms() {}

    /** The weekly windows in rows {@code day-N}, {@code start-N}, {@code end-N}; a row left empty is dropped. */
    public static List<Map<String, Object>> weekly(
            MultivaluedMap<String, String> form, PortalMessages m, FormErrors errors) {
        List<Map<String, Object>> windows = new ArrayList<>();
        for (int n = 0; n < MAX_ROWS; n++) {
            String day = value(form, "day-" + n);
            String start = value(form, "start-" + n);
            String end = value(form, "end-" + n);
            if (day.isEmpty() && start.isEmpty() && end.isEmpty()) {
                continue;
            }
            DayOfWeek dayOfWeek = parseDay(day);
            LocalTime from = parseTime(start);
            LocalTime to = parseTime(end);
            if (dayOfWeek == null) {
                errors.add("day-" + n, m.errDay());
            }
            if (from == null) {
                errors.add("start-" + n, m.errTime());
            }
            if (to == null) {
                errors.add("end-" + n, m.errTime());
            } else if (from != null && !to.isAfter(from)) {
                errors.add("end-" + n, m.errEndAfterStart());
            }
            if (dayOfWeek != null && from != null && to != null && to.isAfter(from)) {
                Map<String, Object> window = new LinkedHashMap<>();
                window.put("day", dayOfWeek.name());
                window.put("start", start);
                window.put("end", end);
                windows.add(window);
            }
        }
        return windows;
    }

    /**
     * One absence from whole days in the person's zone: from the start of the first day to the start of the day
     * after the last, as participants-service keeps instants.
     */
    public static Map<String, Object> absence(
            String fromDay, String toDay, String reason, ZoneId zone, PortalMessages m, FormErrors errors) {
        LocalDate from = parseDate(fromDay);
        LocalDate to = parseDate(toDay);
        if (from == null) {
            errors.add("absence-from", m.errDate());
        }
        if (to == null) {
            errors.add("absence-to", m.errDate());
        } else if (from != null && to.isBefore(from)) {
            errors.add("absence-to", m.errToBeforeFrom());
        }
        String why = reason == null ? "" : reason.strip();
        if (why.length() > MAX_REASON || why.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
            errors.add("absence-reason", m.errTooLong(Integer.toString(MAX_REASON)));
        }
        if (errors.any()) {
            return null;
        }
        Map<String, Object> absence = new LinkedHashMap<>();
        absence.put("from", from.atStartOfDay(zone).toInstant().toString());
        absence.put("to", to.plusDays(1).atStartOfDay(zone).toInstant().toString());
        absence.put("reason", why.isEmpty() ? null : why);
        return absence;
    }

    /** A whole number in [min, max], or null (with an error) if it is not one; empty means "no answer". */
    public static Integer number(String text, int min, int max, String field, PortalMessages m, FormErrors errors) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            int n = Integer.parseInt(t);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        errors.add(field, m.errNumber(Integer.toString(min), Integer.toString(max)));
        return null;
    }

    static LocalDate parseDate(String text) {
        try {
            LocalDate date = LocalDate.parse(text == null ? "" : text.strip());
            // Far-off dates are typing mistakes, not absences.
            return date.getYear() < 2000 || date.getYear() > 2100 ? null : date;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalTime parseTime(String text) {
        if (!text.matches("([01]\\d|2[0-3]):[0-5]\\d")) {
            return null;
        }
        return LocalTime.parse(text);
    }

    private static DayOfWeek parseDay(String text) {
        try {
            return DayOfWeek.valueOf(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String value(MultivaluedMap<String, String> form, String name) {
        String v = form.getFirst(name);
        return v == null ? "" : v.strip();
    }
}
