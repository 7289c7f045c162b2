package org.coproduction.sessions.domain.support;

import java.util.List;
import java.util.UUID;

/** A suggested mentor: the interests they share with the mentee, and how many more people they can support. */
public record MentorSuggestion(
        UUID mentorId,
        List<String> sharedInterests,
        String language,
        long sessionsAttended,
        int mentees,
        int capacity) {
    public MentorSuggestion {
        sharedInterests = List.copyOf(sharedInterests);
    }
}
