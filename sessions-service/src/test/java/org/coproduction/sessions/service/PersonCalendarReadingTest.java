package org.coproduction.sessions.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.coproduction.sessions.client.ParticipantView;
import org.coproduction.sessions.domain.slots.Interval;
import org.coproduction.sessions.domain.slots.PersonCalendar;
import org.coproduction.sessions.domain.slots.WeeklyWindow;
import org.junit.jupiter.api.Test;

/**
 * Reading a person from participants-service into the slot finder's terms: whatever it sends that cannot be read
 * is skipped, never a failed search.
 */
class PersonCalendarReadingTest {
    static final Instant FROM = Instant.parse("2027-03-01T00:00:00Z");
    static final Instant TO = Instant.parse("2027-03-08T00:00:00Z");

    static ParticipantView person(String zone, String status, ParticipantView.Availability availability) {
        return new ParticipantView(
                UUID.randomUUID(),
                "Sam Taylor",
                "Sam",
                zone,
                status,
                "LIVED_EXPERIENCE",
                null,
                null,
                null,
                availability,
                null,
                null);
    }

    static ParticipantView.Availability availability(
            List<ParticipantView.Window> weekly, List<ParticipantView.Absence> absences, Integer max, Integer notice) {
        return new ParticipantView.Availability(weekly, absences, max, notice);
    }

    @Test
    void windowsAreReadWhateverTheCaseOfTheDay() {
        PersonCalendar c = PersonCalendars.calendar(
                person(
                        "Europe/London",
                        "ACTIVE",
                        availability(
                                List.of(
                                        new ParticipantView.Window("monday", "18:00", "20:00"),
                                        new ParticipantView.Window("Friday", "09:30", "12:00")),
                                List.of(),
                                null,
                                null)),
                List.of(),
                0,
                FROM,
                TO);
        assertThat(c.weekly())
                .containsExactly(
                        new WeeklyWindow(DayOfWeek.MONDAY, LocalTime.of(18, 0), LocalTime.of(20, 0)),
                        new WeeklyWindow(DayOfWeek.FRIDAY, LocalTime.of(9, 30), LocalTime.of(12, 0)));
        assertThat(c.zone()).isEqualTo(ZoneId.of("Europe/London"));
    }

    @Test
    void unreadableWindowsAreSkippedAndTheRestKept() {
        PersonCalendar c = PersonCalendars.calendar(
                person(
                        "Europe/London",
                        "ACTIVE",
                        availability(
                                List.of(
                                        new ParticipantView.Window("FUNDAY", "18:00", "20:00"),
                                        new ParticipantView.Window("MONDAY", "6pm", "20:00"),
                                        new ParticipantView.Window(null, "18:00", "20:00"),
                                        new ParticipantView.Window("TUESDAY", "18:00", "25:00"),
                                        new ParticipantView.Window("WEDNESDAY", "18:00", "20:00")),
                                List.of(),
                                null,
                                null)),
                List.of(),
                0,
                FROM,
                TO);
        assertThat(c.weekly())
                .containsExactly(new WeeklyWindow(DayOfWeek.WEDNESDAY, LocalTime.of(18, 0), LocalTime.of(20, 0)));
    }

    @Test
    void absencesWithoutBothEndsOrEndingBeforeTheyStartAreSkipped() {
        Instant a = Instant.parse("2027-03-02T00:00:00Z");
        Instant b = Instant.parse("2027-03-03T00:00:00Z");
        PersonCalendar c = PersonCalendars.calendar(
                person(
                        "Europe/London",
                        "ACTIVE",
                        availability(
                                List.of(),
                                Arrays.asList(
                                        null,
                                        new ParticipantView.Absence(null, b, "x"),
                                        new ParticipantView.Absence(a, null, "x"),
                                        new ParticipantView.Absence(b, a, "backwards"),
                                        new ParticipantView.Absence(a, a, "empty"),
                                        new ParticipantView.Absence(a, b, "holiday")),
                                null,
                                null)),
                List.of(),
                0,
                FROM,
                TO);
        assertThat(c.absences()).containsExactly(new Interval(a, b));
    }

    @Test
    void anUnknownOrMissingZoneFallsBackToUtc() {
        for (String zone : Arrays.asList(null, "", "Nowhere/Special")) {
            PersonCalendar c = PersonCalendars.calendar(person(zone, "ACTIVE", null), List.of(), 0, FROM, TO);
            assertThat(c.zone()).as("%s", zone).isEqualTo(ZoneOffset.UTC);
        }
    }

    @Test
    void noAvailabilityMeansNoWindowsNoLimitsAndNoNotice() {
        PersonCalendar c = PersonCalendars.calendar(person("Europe/London", "ACTIVE", null), List.of(), 3, FROM, TO);
        assertThat(c.weekly()).isEmpty();
        assertThat(c.absences()).isEmpty();
        assertThat(c.maxSessionsPerMonth()).isNull();
        assertThat(c.minNoticeDays()).isNull();
        assertThat(c.leftOutCount()).isEqualTo(3);
    }

    @Test
    void missingListsInsideAvailabilityAreReadAsEmptyAndLimitsAreKept() {
        PersonCalendar c = PersonCalendars.calendar(
                person("Europe/London", "ACTIVE", availability(null, null, 2, 7)), List.of(), 0, FROM, TO);
        assertThat(c.weekly()).isEmpty();
        assertThat(c.absences()).isEmpty();
        assertThat(c.maxSessionsPerMonth()).isEqualTo(2);
        assertThat(c.minNoticeDays()).isEqualTo(7);
    }

    @Test
    void aPersonWithNoStatusIsTakenAsActive() {
        PersonCalendar c = PersonCalendars.calendar(person("Europe/London", null, null), List.of(), 0, FROM, TO);
        assertThat(c.absences()).isEmpty();
    }

    @Test
    void aPausedPersonOverAnEmptyRangeGetsNoAbsence() {
        // An empty range cannot hold an interval; the person is simply never offered a slot there.
        PersonCalendar c = PersonCalendars.calendar(person("Europe/London", "PAUSED", null), List.of(), 0, FROM, FROM);
        assertThat(c.absences()).isEmpty();
    }

    @Test
    void bookedSessionsArePassedThroughAsGiven() {
        List<Interval> booked = List.of(new Interval(FROM, FROM.plusSeconds(3600)));
        PersonCalendar c = PersonCalendars.calendar(person("Europe/London", "ACTIVE", null), booked, 0, FROM, TO);
        assertThat(c.booked()).isEqualTo(booked);
    }
}
