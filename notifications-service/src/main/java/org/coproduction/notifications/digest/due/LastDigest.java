package org.coproduction.notifications.digest.due;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What we know of a person's earlier digests: the last scheduled period (any outcome: it sets the cadence)
 * and where the content of the last one actually sent ended (the next one starts there).
 */
public record LastDigest(LocalDate lastPeriod, Instant lastSentContentUntil) {

    public static final LastDigest NONE = new LastDigest(null, null);
}
