package org.coproduction.sessions.domain.payments;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * How long a person has waited: a line is owed from the moment it was claimed while it is CLAIMED or APPROVED, and
 * the wait is counted in whole calendar days in the suite's zone (a claim made yesterday evening has waited one day
 * this morning).
 */
public final class OwedRules {
    private final ZoneId zone;

    public OwedRules(ZoneId zone) {
        this.zone = zone;
    }

    /** When the line started being owed; null unless it is CLAIMED or APPROVED. */
    public Instant owedSince(PaymentStatus status, Instant claimedAt) {
        return status.owed() ? claimedAt : null;
    }

    /** Whole days owed at {@code now}; null when not owed. Never negative (a clock a little behind is not a debt). */
    public Long owedDays(Instant owedSince, Instant now) {
        if (owedSince == null) {
            return null;
        }
        LocalDate since = owedSince.atZone(zone).toLocalDate();
        LocalDate today = now.atZone(zone).toLocalDate();
        return Math.max(0, ChronoUnit.DAYS.between(since, today));
    }
}
