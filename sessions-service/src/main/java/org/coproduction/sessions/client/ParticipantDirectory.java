package org.coproduction.sessions.client;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The people asked for, by id, and the ids participants-service does not know. */
public record ParticipantDirectory(Map<UUID, ParticipantView> found, List<UUID> missing) {
    public ParticipantDirectory {
        found = Map.copyOf(found);
        missing = List.copyOf(missing);
    }
}
