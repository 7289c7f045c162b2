package org.coproduction.sessions.domain.slots;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A candidate time with who can come and who cannot (and why).
 *
 * @param missingRequired the required people who cannot come: a slot may still be offered without them when no
 *                        time suits everyone required, and the caller must be able to tell
 */
public record Slot(
        Instant start,
        Instant end,
        List<UUID> available,
        List<Unavailability> unavailable,
        List<UUID> missingRequired) {
    public Slot {
        available = List.copyOf(available);
        unavailable = List.copyOf(unavailable);
        missingRequired = List.copyOf(missingRequired);
    }

    /** True when every required person can come (also when nobody was required). */
    public boolean allRequiredFree() {
        return missingRequired.isEmpty();
    }
}
