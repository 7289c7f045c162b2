package org.coproduction.sessions.domain.support;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What one person asked for, as participants-service keeps it: training interests (asked at {@code trainingAskedAt})
 * and a mentor (asked at {@code mentorAskedAt}, had once {@code mentorId} is set).
 */
public record SupportRequest(
        UUID participantId,
        List<String> trainingInterests,
        String preference,
        Instant trainingAskedAt,
        Instant mentorAskedAt,
        UUID mentorId) {
    public SupportRequest {
        trainingInterests = trainingInterests == null ? List.of() : List.copyOf(trainingInterests);
    }
}
