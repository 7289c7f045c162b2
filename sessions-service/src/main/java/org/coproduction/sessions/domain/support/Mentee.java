package org.coproduction.sessions.domain.support;

import java.util.List;
import java.util.UUID;

/** The person a mentor is sought for: what they want to learn, their language and how many sessions they came to. */
public record Mentee(UUID id, List<String> interests, String language, long sessionsAttended) {
    public Mentee {
        interests = interests == null ? List.of() : List.copyOf(interests);
    }
}
