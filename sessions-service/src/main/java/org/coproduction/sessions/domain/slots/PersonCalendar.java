package org.coproduction.sessions.domain.slots;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * Everything the slot finder needs to know about one person.
 *
 * @param booked             their scheduled sessions; include the whole months around the search range
 *                           so the monthly limit counts correctly
 * @param maxSessionsPerMonth null means no limit
 * @param minNoticeDays      null means no notice needed
 * @param leftOutCount       how often they missed their projects' recent sessions (fairness tie-break)
 */
public record PersonCalendar(
        UUID id,
        ZoneId zone,
        List<WeeklyWindow> weekly,
        List<Interval> absences,
        List<Interval> booked,
        Integer maxSessionsPerMonth,
        Integer minNoticeDays,
        int leftOutCount) {
    public PersonCalendar {
        weekly = List.copyOf(weekly);
        absences = List.copyOf(absences);
        booked = List.copyOf(booked);
    }
}
