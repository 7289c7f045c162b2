package org.coproduction.suite;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Reads an iCalendar text (RFC 5545) as a calendar program does: long lines are folded, so unfold them first. */
final class Calendar {

    private Calendar() {}

    /** The content lines, each unfolded (a line break followed by a space or tab continues the line before). */
    static List<String> lines(String ics) {
        return Arrays.asList(ics.replaceAll("\r?\n[ \t]", "").split("\r?\n"));
    }

    /** Every line of this property, parameters and all (e.g. "ATTENDEE;CN=Hana;RSVP=FALSE:mailto:…"). */
    static List<String> properties(String ics, String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        return lines(ics).stream()
                .filter(line -> {
                    String head = line.toUpperCase(Locale.ROOT);
                    return head.startsWith(upper + ":") || head.startsWith(upper + ";");
                })
                .toList();
    }

    /** The value (after the first colon outside parameters) of the first line of this property. */
    static String value(String ics, String name) {
        List<String> found = properties(ics, name);
        if (found.isEmpty()) {
            throw new AssertionError("no " + name + " in the calendar:\n" + ics);
        }
        return valueOf(found.get(0));
    }

    static int sequence(String ics) {
        return Integer.parseInt(value(ics, "SEQUENCE").trim());
    }

    private static String valueOf(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ':' && !quoted) {
                return line.substring(i + 1);
            }
        }
        return "";
    }
}
