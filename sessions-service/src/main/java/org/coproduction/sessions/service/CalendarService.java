package org.coproduction.sessions.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationResult;
import org.coproduction.sessions.domain.Session;
import org.coproduction.sessions.domain.SessionStatus;

/** The RFC 5545 calendar file of a session, built with ical4j and validated before it is served. */
@ApplicationScoped
public class CalendarService {
    private static final String PRODUCT = "-//Co-production support suite//sessions-service//EN";
    private final SessionService sessions;
    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

    public CalendarService(SessionService sessions) {
        this.sessions = sessions;
    }

    public String ics(UUID id) {
        Session s = sessions.findVisible(id);
        ZoneId zone = ZoneId.of(s.timeZone);
        TimeZone tz = zones.getTimeZone(s.timeZone);
        VEvent event = new VEvent(s.start.atZone(zone), s.end.atZone(zone), s.title);
        event.add(new Uid(s.id + "@sessions.coproduction"));
        if (event.getDateStamp().isEmpty()) {
            event.add(new DtStamp(Instant.now()));
        }
        // Calendar apps replace an event they already hold when SEQUENCE goes up: the version does.
        event.add(new Sequence((int) s.version));
        event.add(new LastModified(s.updatedAt));
        event.add(new Description(description(s)));
        String location = location(s);
        if (location != null) {
            event.add(new Location(location));
        }
        if (s.joiningLink != null) {
            event.add(new Url(URI.create(s.joiningLink)));
        }
        event.add(
                s.status == SessionStatus.CANCELLED
                        ? ImmutableStatus.VEVENT_CANCELLED
                        : ImmutableStatus.VEVENT_CONFIRMED);
        // No METHOD: a plain RFC 5545 file to save, not an iTIP invitation (which would need an ORGANIZER).
        Calendar calendar = new Calendar()
                .withProdId(PRODUCT)
                .withProperty(ImmutableVersion.VERSION_2_0)
                .withProperty(ImmutableCalScale.GREGORIAN)
                .getFluentTarget();
        if (tz != null) {
            calendar.add(tz.getVTimeZone());
        }
        calendar.add(event);
        ValidationResult result = calendar.validate();
        if (result.hasErrors()) {
            throw new IllegalStateException("calendar for session " + s.id + " is not valid: " + result);
        }
        try {
            // The outputter folds long lines at 75 octets and ends them with CRLF, as RFC 5545 asks.
            StringWriter out = new StringWriter();
            new CalendarOutputter(true).output(calendar, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String location(Session s) {
        if (s.venue != null) {
            return s.venue.address == null ? s.venue.name : s.venue.name + ", " + s.venue.address;
        }
        return s.joiningLink == null ? null : "Online: " + s.joiningLink;
    }

    static String description(Session s) {
        StringBuilder d = new StringBuilder();
        if (s.purpose != null && !s.purpose.isBlank()) {
            d.append(s.purpose.strip()).append("\n\n");
        }
        d.append("Project: ").append(s.project.name).append('\n');
        d.append("Type: ")
                .append(s.type.name().charAt(0))
                .append(s.type.name().substring(1).toLowerCase())
                .append(", ")
                .append(s.format.name().replace('_', ' ').toLowerCase())
                .append('\n');
        if (s.joiningLink != null) {
            d.append("Join online: ").append(s.joiningLink).append('\n');
        }
        d.append("Access arrangements: ").append(arrangements(s)).append('\n');
        if (s.status == SessionStatus.CANCELLED) {
            d.append("\nCANCELLED")
                    .append(s.cancelReason == null ? "" : ": " + s.cancelReason)
                    .append('\n');
        }
        return d.toString();
    }

    static String arrangements(Session s) {
        List<String> parts = new ArrayList<>();
        for (String language : s.interpretation) {
            parts.add(
                    language.equals("bfi") || language.equals("bsl")
                            ? "British Sign Language interpreter"
                            : "interpreter (" + language + ")");
        }
        if (s.captions) {
            parts.add("live captions");
        }
        if (s.largePrintMaterials) {
            parts.add("large-print materials");
        }
        if (s.easyReadMaterials) {
            parts.add("easy-read materials");
        }
        if (s.breaks) {
            parts.add("regular breaks");
        }
        if (s.venue != null && !s.venue.features.isEmpty()) {
            parts.add("venue offers "
                    + String.join(
                            ", ",
                            s.venue.features.stream()
                                    .map(f -> f.name().replace('_', ' ').toLowerCase())
                                    .sorted()
                                    .toList()));
        }
        return parts.isEmpty() ? "none booked" : String.join("; ", parts);
    }
}
