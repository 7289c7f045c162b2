package org.coproduction.notifications.digest.due;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A digest found due, about to be claimed: one row per person and period. A forced digest has no period of its
 * own ({@code periodKey} null): it is one extra digest for the run that claims it.
 */
public record NewDigest(
        UUID participantId, String periodKey, LocalDate periodDate, Instant contentSince, Instant contentUntil) {

    public static NewDigest forced(UUID participantId, Instant contentSince, Instant contentUntil) {
        return new NewDigest(participantId, null, null, contentSince, contentUntil);
    }

    /** The key that makes the claim unique: the period's, or for a forced digest the run's. */
    public String periodKeyIn(UUID runId) {
        return periodKey != null ? periodKey : "FORCED:" + runId;
    }
}
