package org.coproduction.sessions.domain.slots;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** A recurring local-time window ("Mondays 18:00 to 20:00") in the person's own zone. */
public record WeeklyWindow(DayOfWeek day, LocalTime start, LocalTime end) {}
