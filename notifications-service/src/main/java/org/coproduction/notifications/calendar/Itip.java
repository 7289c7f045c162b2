package org.coproduction.notifications.calendar;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Status;

/**
 * Turns sessions-service's plain calendar file (no METHOD) into an iTIP message for one reader (RFC 5546, sent as
 * iMIP, RFC 6047): METHOD REQUEST or CANCEL, the configured organiser, the reader as the one attendee with RSVP=FALSE
 * (answers go through the portal), the file's UID and SEQUENCE kept, so calendar apps update or remove the event
 * they already hold. A plain class: no framework, tested on its own.
 */
public final class Itip {

    /** RFC 5545 3.1: content lines are folded so that none is longer than 75 octets (CRLF not counted). */
    static final int MAX_LINE_OCTETS = 75;

    public enum Method {
        REQUEST,
        CANCEL;

        /** The MIME type of the calendar part (RFC 6047 2.4): the method is repeated as a parameter. */
        public String contentType() {
            return "text/calendar; charset=UTF-8; method=" + name();
        }
    }

    /** Someone named in the message: their name (CN) and mailbox. */
    public record Person(String name, String email) {}

    private Itip() {}

    /** The message, or empty when the file cannot be read as a calendar with an event (then nothing is attached). */
    public static Optional<String> message(String ics, Method method, Person organizer, Person attendee) {
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new StringReader(ics));
        } catch (IOException | ParserException | RuntimeException e) {
            return Optional.empty();
        }
        if (calendar.getComponents(Component.VEVENT).isEmpty()) {
            return Optional.empty();
        }
        try {
            calendar.removeAll(Property.METHOD);
            calendar.add(new net.fortuna.ical4j.model.property.Method(method.name()));
            for (Object component : calendar.getComponents(Component.VEVENT)) {
                VEvent event = (VEvent) component;
                event.removeAll(Property.ORGANIZER, Property.ATTENDEE);
                Organizer organizerProperty = new Organizer(mailto(organizer.email()));
                organizerProperty.add(new Cn(paramText(organizer.name())));
                event.add(organizerProperty);
                Attendee attendeeProperty = new Attendee(mailto(attendee.email()));
                attendeeProperty.add(new Cn(paramText(attendee.name())));
                attendeeProperty.add(Role.REQ_PARTICIPANT);
                attendeeProperty.add(PartStat.NEEDS_ACTION);
                attendeeProperty.add(Rsvp.FALSE);
                event.add(attendeeProperty);
                if (method == Method.CANCEL) {
                    // RFC 5546 3.2.5: a cancelled event says so, whatever the file said.
                    event.removeAll(Property.STATUS);
                    event.add(new Status(Status.VALUE_CANCELLED));
                }
            }
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        return Optional.of(fold(calendar.toString()));
    }

    static URI mailto(String email) throws URISyntaxException {
        return new URI("mailto", email.strip(), null);
    }

    /** A parameter value may not hold a double quote or a control character (RFC 5545 3.1); a name never needs one. */
    static String paramText(String text) {
        String clean =
                text == null ? "" : text.replaceAll("[\"\\p{Cntrl}]", " ").strip();
        return clean.isEmpty() ? "-" : clean;
    }

    /**
     * Folds every content line at 75 octets of UTF-8, never inside a character: a continuation line starts with one
     * space, which counts towards its 75. Lines end with CRLF.
     */
    static String fold(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + 64);
        for (String line : unfolded.split("\r?\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            int octets = 0;
            int i = 0;
            while (i < line.length()) {
                int codePoint = line.codePointAt(i);
                int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
                if (octets + size > MAX_LINE_OCTETS) {
                    out.append("\r\n ");
                    octets = 1;
                }
                out.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            out.append("\r\n");
        }
        return out.toString();
    }
}
