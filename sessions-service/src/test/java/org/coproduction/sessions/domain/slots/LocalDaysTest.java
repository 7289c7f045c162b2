package org.coproduction.sessions.domain.slots;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalDaysTest {

    /** The arithmetic shortcut must agree with ZonedDateTime on every day of a year, DST switches included. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "Europe/London",
                "America/New_York",
                "Australia/Sydney",
                "Asia/Kolkata",
                "Australia/Lord_Howe",
                "America/Santiago",
                "Pacific/Chatham",
                "UTC"
            })
    void agreesWithZonedDateTimeEveryDayOfTheYear(String zoneId) {
        ZoneId zone = ZoneId.of(zoneId);
        long from = LocalDate.of(2027, 1, 1).atStartOfDay(zone).toEpochSecond();
        long to = LocalDate.of(2028, 1, 1).atStartOfDay(zone).toEpochSecond();
        LocalDays days = LocalDays.of(zone, from, to);
        LocalDate first = LocalDate.of(2026, 12, 31);
        for (int d = 0; d < days.size(); d++) {
            LocalDate day = first.plusDays(d);
            assertThat(days.dayOfWeek(d)).isEqualTo(day.getDayOfWeek());
            for (String time : new String[] {"00:00", "00:30", "01:30", "02:00", "02:30", "03:00", "18:00", "23:30"}) {
                LocalTime t = LocalTime.parse(time);
                assertThat(days.epochSecond(d, t))
                        .as("%s %s %s", zoneId, day, time)
                        .isEqualTo(ZonedDateTime.of(day, t, zone).toEpochSecond());
            }
        }
    }
}
