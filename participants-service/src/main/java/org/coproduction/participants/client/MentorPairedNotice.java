package org.coproduction.participants.client;

import java.util.List;
import java.util.UUID;

/**
 * The body of notifications-service's {@code POST /notices} telling a mentee and their mentor of a confirmed pairing:
 * no subject or body, notifications-service writes it per reader (language, channel and format).
 */
public record MentorPairedNotice(List<UUID> participantIds, String kind, Mentoring mentoring) {

    public record Mentoring(UUID menteeId, UUID mentorId) {}

    public static MentorPairedNotice of(UUID menteeId, UUID mentorId) {
        return new MentorPairedNotice(List.of(menteeId, mentorId), "MENTOR_PAIRED", new Mentoring(menteeId, mentorId));
    }
}
