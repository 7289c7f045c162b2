package org.coproduction.sessions.domain.support;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A TRAINING session someone came to, with its topics. */
public record TrainingAttended(UUID participantId, Instant start, List<String> topics) {
    public TrainingAttended {
        topics = List.copyOf(topics);
    }
}
