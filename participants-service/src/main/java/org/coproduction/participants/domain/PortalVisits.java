package org.coproduction.participants.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** A visit to the portal is kept to the day (UTC): enough to notice someone drifting away, no finer tracking. */
public final class PortalVisits {

    private PortalVisits() {}

    public static Instant day(Instant visit) {
        return visit.truncatedTo(ChronoUnit.DAYS);
    }
}
