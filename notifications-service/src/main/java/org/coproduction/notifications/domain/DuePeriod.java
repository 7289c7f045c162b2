package org.coproduction.notifications.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One digest period for one person: the local date it belongs to, the instant it became due,
 * and the key that makes it unique per person (so two instances never both send it).
 */
public record DuePeriod(String key, LocalDate date, Instant dueAt) {

    public static DuePeriod scheduled(DigestFrequency frequency, LocalDate date, Instant dueAt) {
        return new DuePeriod(frequency.name() + ":" + date, date, dueAt);
    }
}
