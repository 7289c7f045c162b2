package org.coproduction.participants.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** A weekly window of availability in the participant's own zone (local time, so it follows DST). */
public record WeeklyWindow(DayOfWeek day, LocalTime start, LocalTime end) {}
