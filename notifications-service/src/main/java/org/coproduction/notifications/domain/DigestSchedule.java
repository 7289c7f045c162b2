package org.coproduction.notifications.domain;

import java.time.DayOfWeek;
import java.time.ZoneId;

/** When one person wants their digest: how often, on which weekday, in which zone. */
public record DigestSchedule(DigestFrequency frequency, DayOfWeek day, ZoneId zone) {}
