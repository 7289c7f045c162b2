package org.coproduction.sessions.domain.support;

import java.util.List;
import java.util.UUID;

/** Someone who might mentor: their status, whether they offered, interests, language, experience and mentees. */
public record MentorCandidate(
        UUID id,
        String status,
        boolean offersMentoring,
        List<String> interests,
        String language,
        long sessionsAttended,
        int mentees) {
    public MentorCandidate {
        interests = interests == null ? List.of() : List.copyOf(interests);
    }

    public MentorCandidate withMentees(int count) {
        return new MentorCandidate(id, status, offersMentoring, interests, language, sessionsAttended, count);
    }
}
