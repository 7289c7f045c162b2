package org.coproduction.notifications.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coproduction.notifications.client.Participant;
import org.coproduction.notifications.config.CalendarConfig;
import org.coproduction.notifications.domain.NoticeKind;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The calendar part of one reader's mail: the session's file as an iTIP REQUEST or CANCEL addressed to them. */
@ApplicationScoped
public class CalendarParts {

    private static final Pattern ANGLED = Pattern.compile("<([^<>]+)>");

    /** The attachment: its file name, bytes and MIME type (with the method, as RFC 6047 asks). */
    public record Part(String fileName, byte[] content, String contentType) {}

    private final Itip.Person organizer;

    public CalendarParts(CalendarConfig config, @ConfigProperty(name = "quarkus.mailer.from") String mailerFrom) {
        this.organizer =
                new Itip.Person(config.organizerName(), config.organizerEmail().orElseGet(() -> address(mailerFrom)));
    }

    /** "Co-production updates <updates@coproduction.local>" -> "updates@coproduction.local". */
    static String address(String from) {
        Matcher m = ANGLED.matcher(from);
        return m.find() ? m.group(1).strip() : from.strip();
    }

    /** Cancellations are CANCEL; invitations, changes and every other notice about a session are REQUEST. */
    public static Itip.Method method(NoticeKind kind) {
        return kind == NoticeKind.SESSION_CANCELLED ? Itip.Method.CANCEL : Itip.Method.REQUEST;
    }

    public Optional<Part> forReader(String ics, Itip.Method method, Participant reader) {
        if (ics == null || reader == null || !reader.hasEmail()) {
            return Optional.empty();
        }
        return Itip.message(ics, method, organizer, new Itip.Person(reader.greetingName(), reader.email()))
                .map(text -> new Part("session.ics", text.getBytes(StandardCharsets.UTF_8), method.contentType()));
    }
}
