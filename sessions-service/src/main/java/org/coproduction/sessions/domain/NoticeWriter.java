package org.coproduction.sessions.domain;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Writes the short, plain-English notices invitees get when they are invited, or a session is cancelled or moved. */
public final class NoticeWriter {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    /** The facts a notice talks about. */
    public record SessionFacts(
            String title,
            String projectName,
            java.time.Instant start,
            java.time.Instant end,
            String timeZone,
            String place,
            String purpose) {

        /** Facts without a purpose (cancellations and changes do not mention it). */
        public SessionFacts(
                String title,
                String projectName,
                java.time.Instant start,
                java.time.Instant end,
                String timeZone,
                String place) {
            this(title, projectName, start, end, timeZone, place, null);
        }

        /** The facts of a session as it stands; the place names the venue, the joining link, or both. */
        public static SessionFacts of(Session s) {
            String place =
                    s.venue != null ? s.venue.name + (s.venue.address == null ? "" : ", " + s.venue.address) : null;
            if (s.joiningLink != null) {
                place = place == null ? "online: " + s.joiningLink : place + "; or online: " + s.joiningLink;
            }
            String purpose = s.purpose == null || s.purpose.isBlank() ? null : s.purpose.strip();
            return new SessionFacts(s.title, s.project.name, s.start, s.end, s.timeZone, place, purpose);
        }
    }

    public String invitationSubject(SessionFacts s) {
        return "Invitation: " + s.title() + " on " + SHORT_DAY.format(local(s, s.start()));
    }

    /** What, for which project, when (in the session's own zone), where, and what it is for if it says. */
    public String invitationBody(SessionFacts s) {
        return "You are invited to a session.\n\n"
                + "What: " + s.title() + "\n"
                + "Project: " + s.projectName() + "\n"
                + "When: " + when(s) + "\n"
                + "Where: " + (s.place() == null ? "to be confirmed" : s.place()) + "\n"
                + (s.purpose() == null ? "" : "Purpose: " + s.purpose() + "\n")
                + "\nPlease tell us if you can come: use the links below.";
    }

    public String cancelledSubject(SessionFacts s) {
        return "Cancelled: " + s.title() + " on " + SHORT_DAY.format(local(s, s.start()));
    }

    public String cancelledBody(SessionFacts s, String reason) {
        return s.title() + " (" + s.projectName() + ") on " + when(s) + " will not happen.\n\n"
                + "Why: " + reason.strip() + "\n\n"
                + "We are sorry for the change. We will tell you about the next session.";
    }

    public String changedSubject(SessionFacts s) {
        return "Changed: " + s.title() + " is now on " + SHORT_DAY.format(local(s, s.start()));
    }

    public String changedBody(SessionFacts s) {
        return s.title() + " (" + s.projectName() + ") has changed.\n\n"
                + "When: " + when(s) + "\n"
                + "Where: " + (s.place() == null ? "to be confirmed" : s.place()) + "\n\n"
                + "The calendar file attached has the new details.";
    }

    private static String when(SessionFacts s) {
        return DAY.format(local(s, s.start())) + ", " + TIME.format(local(s, s.start())) + " to "
                + TIME.format(local(s, s.end())) + " (" + s.timeZone() + " time)";
    }

    private static ZonedDateTime local(SessionFacts s, java.time.Instant at) {
        return at.atZone(ZoneId.of(s.timeZone()));
    }
}
