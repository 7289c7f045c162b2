package org.coproduction.sessions.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The facts of a session that a notice is about, as they are at one moment, in the shape notifications-service reads
 * ({@code session} and {@code previous} of {@code POST /notices}). It writes the words itself, in each reader's
 * language and zone; this service sends facts, never English sentences.
 *
 * @param sequence the calendar file's SEQUENCE at that moment (the session's version)
 * @param sensitive the content note and wellbeing contact of a session on a sensitive topic, else null
 * @param followUpOf for a MENTORING follow-up, the sensitive session it follows up, else null
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
        long sequence,
        Sensitive sensitive,
        Arrangements arrangements,
        List<TrainingTopic> trainingTopics,
        SessionStyle style,
        UUID followUpOf) {

    /** Where a session takes place. */
    public record Place(String name, String address) {}

    /** What makes a session sensitive: the content note and who to turn to. */
    public record Sensitive(String contentNote, UUID wellbeingContactId) {}

    /** What is arranged for access (interpretation languages as codes, "bfi" being BSL). */
    public record Arrangements(
            List<String> interpretation,
            boolean captions,
            boolean largePrintMaterials,
            boolean easyReadMaterials,
            boolean breaks,
            boolean quietSpace) {}

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
                sequence,
                s.isSensitive() ? new Sensitive(s.contentNote, s.wellbeingContactId) : null,
                new Arrangements(
                        List.copyOf(s.interpretation),
                        s.captions,
                        s.largePrintMaterials,
                        s.easyReadMaterials,
                        s.breaks,
                        s.quietSpace),
                s.trainingTopics.stream().sorted().toList(),
                s.style,
                s.followUpOf);
    }
}
