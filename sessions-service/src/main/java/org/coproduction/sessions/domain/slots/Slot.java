package org.coproduction.sessions.domain.slots;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A candidate time with who can come and who cannot (and why). */
public record Slot(Instant start, Instant end, List<UUID> available, List<Unavailability> unavailable) {
}
