package org.coproduction.sessions.domain;

import java.time.Instant;

/**
 * The facts of a session that a notice is about, as they are at one moment, in the shape notifications-service reads
 * ({@code session} and {@code previous} of {@code POST /notices}). It writes the words itself, in each reader's
 * language and zone; this service sends facts, never English sentences.
 *
 * @param sequence the calendar file's SEQUENCE at that moment (the session's version)
 */
public record SessionFacts(
        String title,
        String projectName,
        String purpose,
        SessionType type,
        SessionFormat format,
        Instant start,
        Instant end,
        String timeZone,
        Place venue,
        String joiningLink,
        long sequence) {

    /** Where a session takes place. */
    public record Place(String name, String address) {}

    /** The facts of a session as it stands, at this calendar sequence. */
    public static SessionFacts of(Session s, long sequence) {
        String purpose = s.purpose == null || s.purpose.isBlank() ? null : s.purpose.strip();
        return new SessionFacts(
                s.title,
                s.project.name,
                purpose,
                s.type,
                s.format,
                s.start,
                s.end,
                s.timeZone,
                s.venue == null ? null : new Place(s.venue.name, s.venue.address),
                s.joiningLink,
                sequence);
    }
}
