package org.coproduction.sessions.domain.support;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Someone still waiting for the training or the mentor they asked for, and for how many whole days. */
public record SupportWait(
        UUID participantId, Kind kind, List<String> topics, String preference, Instant askedAt, long waitingDays) {

    public enum Kind {
        TRAINING,
        MENTOR
    }
}
