package org.coproduction.sessions.domain.slots;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** One person's verdict per candidate start, and which rule is named when several fail. */
class PersonTimelineTest {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final ZoneId UTC = ZoneId.of("UTC");
    static final long HOUR = 3600;
    // Monday 1 February 2027, midnight UTC (London is on GMT).
    static final Instant MONDAY = Instant.parse("2027-02-01T00:00:00Z");
    static final Instant LONG_AGO = Instant.parse("2026-01-01T00:00:00Z");

    static WeeklyWindow monday(String from, String to) {
        return new WeeklyWindow(DayOfWeek.MONDAY, LocalTime.parse(from), LocalTime.parse(to));
    }

    static Interval between(String from, String to) {
        return new Interval(Instant.parse(from), Instant.parse(to));
    }

    static PersonCalendar person(
            ZoneId zone,
            List<WeeklyWindow> weekly,
            List<Interval> absences,
            List<Interval> booked,
            Integer maxPerMonth,
            Integer notice) {
        return new PersonCalendar(UUID.randomUUID(), zone, weekly, absences, booked, maxPerMonth, notice, 0);
    }

    static long at(String instant) {
        return Instant.parse(instant).getEpochSecond();
    }

    static UnavailableReason[] reasons(byte[] verdicts) {
        UnavailableReason[] reasons = new UnavailableReason[verdicts.length];
        for (int i = 0; i < verdicts.length; i++) {
            reasons[i] = PersonTimeline.reasonOf(verdicts[i]);
        }
        return reasons;
    }

    @Test
    void noCandidatesMeansNoVerdicts() {
        PersonCalendar p = person(LONDON, List.of(monday("18:00", "20:00")), List.of(), List.of(), null, null);
        assertThat(PersonTimeline.judge(p, new long[0], HOUR, LONG_AGO)).isEmpty();
    }

    @Test
    void aStartInsideTheWindowIsFreeAndOneRunningPastItsEndIsNot() {
        PersonCalendar p = person(LONDON, List.of(monday("18:00", "20:00")), List.of(), List.of(), null, null);
        long[] starts = {
            at("2027-02-01T17:30:00Z"),
            at("2027-02-01T18:00:00Z"),
            at("2027-02-01T19:00:00Z"),
            at("2027-02-01T19:30:00Z")
        };

        byte[] verdicts = PersonTimeline.judge(p, starts, HOUR, LONG_AGO);

        assertThat(reasons(verdicts))
                .containsExactly(
                        UnavailableReason.OUTSIDE_AVAILABILITY, null, null, UnavailableReason.OUTSIDE_AVAILABILITY);
    }

    @Test
    void anAbsenceIsNamedBeforeEveryOtherReason() {
        // Outside the window, inside the notice period, double-booked and in a full month all at once.
        Interval booked = between("2027-02-01T09:00:00Z", "2027-02-01T10:00:00Z");
        PersonCalendar p = person(
                LONDON,
                List.of(monday("18:00", "20:00")),
                List.of(between("2027-02-01T00:00:00Z", "2027-02-02T00:00:00Z")),
                List.of(booked),
                1,
                30);

        byte[] verdicts = PersonTimeline.judge(
                p, new long[] {at("2027-02-01T09:00:00Z")}, HOUR, Instant.parse("2027-01-31T00:00:00Z"));

        assertThat(reasons(verdicts)).containsExactly(UnavailableReason.ABSENT);
    }

    @Test
    void outsideAvailabilityComesBeforeNoticeClashAndLimit() {
        Interval booked = between("2027-02-01T09:00:00Z", "2027-02-01T10:00:00Z");
        PersonCalendar p = person(LONDON, List.of(monday("18:00", "20:00")), List.of(), List.of(booked), 1, 30);

        byte[] verdicts = PersonTimeline.judge(
                p, new long[] {at("2027-02-01T09:00:00Z")}, HOUR, Instant.parse("2027-01-31T00:00:00Z"));

        assertThat(reasons(verdicts)).containsExactly(UnavailableReason.OUTSIDE_AVAILABILITY);
    }

    @Test
    void tooShortNoticeComesBeforeADoubleBooking() {
        Interval booked = between("2027-02-01T18:00:00Z", "2027-02-01T19:00:00Z");
        PersonCalendar p = person(LONDON, List.of(monday("18:00", "20:00")), List.of(), List.of(booked), null, 2);

        byte[] verdicts = PersonTimeline.judge(
                p, new long[] {at("2027-02-01T18:00:00Z")}, HOUR, Instant.parse("2027-01-31T12:00:00Z"));

        assertThat(reasons(verdicts)).containsExactly(UnavailableReason.NOTICE_TOO_SHORT);
    }

    @Test
    void noticeCountsWholeDaysFromNow() {
        PersonCalendar p = person(UTC, List.of(monday("18:00", "20:00")), List.of(), List.of(), null, 2);
        Instant now = Instant.parse("2027-01-30T18:00:00Z");

        // Exactly two days later is enough; a minute earlier is not.
        assertThat(reasons(PersonTimeline.judge(p, new long[] {at("2027-02-01T17:59:00Z")}, 60, now)))
                .containsExactly(UnavailableReason.OUTSIDE_AVAILABILITY);
        assertThat(reasons(PersonTimeline.judge(p, new long[] {at("2027-02-01T18:00:00Z")}, 60, now)))
                .containsExactly((UnavailableReason) null);
        assertThat(reasons(PersonTimeline.judge(p, new long[] {at("2027-02-01T18:00:00Z")}, 60, now.plusSeconds(60))))
                .containsExactly(UnavailableReason.NOTICE_TOO_SHORT);
    }

    @Test
    void aBookedSessionBlocksOnlyTheStartsThatOverlapIt() {
        Interval booked = between("2027-02-01T18:30:00Z", "2027-02-01T19:00:00Z");
        PersonCalendar p = person(LONDON, List.of(monday("18:00", "20:00")), List.of(), List.of(booked), null, null);
        long[] starts = {at("2027-02-01T18:00:00Z"), at("2027-02-01T18:30:00Z"), at("2027-02-01T19:00:00Z")};

        byte[] verdicts = PersonTimeline.judge(p, starts, 30 * 60, LONG_AGO);

        assertThat(reasons(verdicts)).containsExactly(null, UnavailableReason.DOUBLE_BOOKED, null);
    }

    @Test
    void aMonthHoldingTheMaximumIsFullButTheNextMonthIsNot() {
        // Two sessions in February with a limit of two: every February Monday is full, March is open.
        List<Interval> booked = List.of(
                between("2027-02-08T10:00:00Z", "2027-02-08T11:00:00Z"),
                between("2027-02-15T10:00:00Z", "2027-02-15T11:00:00Z"));
        PersonCalendar p = person(LONDON, List.of(monday("18:00", "20:00")), List.of(), booked, 2, null);
        long[] starts = {at("2027-02-22T18:00:00Z"), at("2027-03-01T18:00:00Z")};

        byte[] verdicts = PersonTimeline.judge(p, starts, HOUR, LONG_AGO);

        assertThat(reasons(verdicts)).containsExactly(UnavailableReason.MONTHLY_LIMIT, null);
    }

    @Test
    void aMonthUnderTheMaximumStaysOpen() {
        List<Interval> booked = List.of(between("2027-02-08T10:00:00Z", "2027-02-08T11:00:00Z"));
        PersonCalendar p = person(LONDON, List.of(monday("18:00", "20:00")), List.of(), booked, 2, null);

        byte[] verdicts = PersonTimeline.judge(p, new long[] {at("2027-02-22T18:00:00Z")}, HOUR, LONG_AGO);

        assertThat(reasons(verdicts)).containsExactly((UnavailableReason) null);
    }

    @Test
    void aLimitOfZeroMeansNeverAvailableForSessions() {
        PersonCalendar p = person(LONDON, List.of(monday("18:00", "20:00")), List.of(), List.of(), 0, null);

        byte[] verdicts = PersonTimeline.judge(p, new long[] {at("2027-02-01T18:00:00Z")}, HOUR, LONG_AGO);

        assertThat(reasons(verdicts)).containsExactly(UnavailableReason.MONTHLY_LIMIT);
    }

    @Test
    void monthsAreCountedInThePersonsOwnZone() {
        // 31 January 23:30 in Auckland time is already 1 February there (UTC+13), so it counts for February.
        ZoneId auckland = ZoneId.of("Pacific/Auckland");
        List<Interval> booked = List.of(between("2027-01-31T11:30:00Z", "2027-01-31T12:30:00Z"));
        PersonCalendar p = person(
                auckland,
                List.of(new WeeklyWindow(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))),
                List.of(),
                booked,
                1,
                null);

        // Monday 8 February 09:00 in Auckland = Sunday 7 February 20:00Z.
        byte[] verdicts = PersonTimeline.judge(p, new long[] {at("2027-02-07T20:00:00Z")}, HOUR, LONG_AGO);

        assertThat(reasons(verdicts)).containsExactly(UnavailableReason.MONTHLY_LIMIT);
    }

    @Test
    void aWindowThatEndsBeforeItStartsOffersNothing() {
        PersonCalendar p = person(LONDON, List.of(monday("20:00", "18:00")), List.of(), List.of(), null, null);

        byte[] verdicts = PersonTimeline.judge(
                p, new long[] {at("2027-02-01T18:00:00Z"), at("2027-02-01T19:00:00Z")}, 30 * 60, LONG_AGO);

        assertThat(reasons(verdicts)).containsOnly(UnavailableReason.OUTSIDE_AVAILABILITY);
    }

    @Test
    void twoWindowsOnOneDayDoNotHoldASlotAcrossTheirGap() {
        PersonCalendar p = person(
                UTC, List.of(monday("09:00", "10:00"), monday("10:30", "12:00")), List.of(), List.of(), null, null);
        long[] starts = {
            at("2027-02-01T09:00:00Z"),
            at("2027-02-01T09:30:00Z"),
            at("2027-02-01T10:30:00Z"),
            at("2027-02-01T11:00:00Z")
        };

        byte[] verdicts = PersonTimeline.judge(p, starts, HOUR, LONG_AGO);

        assertThat(reasons(verdicts)).containsExactly(null, UnavailableReason.OUTSIDE_AVAILABILITY, null, null);
    }

    @Test
    void aWindowOnAnotherWeekdayOffersNothingOnMonday() {
        PersonCalendar p = person(
                UTC,
                List.of(new WeeklyWindow(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))),
                List.of(),
                List.of(),
                null,
                null);

        assertThat(reasons(PersonTimeline.judge(
                        p, new long[] {at("2027-02-01T10:00:00Z"), at("2027-02-02T10:00:00Z")}, HOUR, LONG_AGO)))
                .containsExactly(UnavailableReason.OUTSIDE_AVAILABILITY, null);
    }

    @Test
    void summerTimeMovesTheWindowAnHourEarlierInUtc() {
        PersonCalendar p = person(LONDON, List.of(monday("18:00", "20:00")), List.of(), List.of(), null, null);
        // 5 April 2027 is on BST: 18:00 local is 17:00Z.
        long[] starts = {at("2027-04-05T17:00:00Z"), at("2027-04-05T19:00:00Z")};

        byte[] verdicts = PersonTimeline.judge(p, starts, HOUR, LONG_AGO);

        assertThat(reasons(verdicts)).containsExactly(null, UnavailableReason.OUTSIDE_AVAILABILITY);
    }

    @Test
    void sharedZoneDaysGiveTheSameVerdictsAsDaysLaidOutPerPerson() {
        PersonCalendar p = person(LONDON, List.of(monday("18:00", "20:00")), List.of(), List.of(), null, null);
        long[] starts = new long[24 * 14];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = MONDAY.getEpochSecond() + i * HOUR;
        }
        LocalDays days = LocalDays.of(LONDON, starts[0], starts[starts.length - 1] + HOUR);

        assertThat(PersonTimeline.judge(p, starts, HOUR, LONG_AGO, days))
                .containsExactly(PersonTimeline.judge(p, starts, HOUR, LONG_AGO));
        assertThat(PersonTimeline.judge(p, new long[0], HOUR, LONG_AGO, days)).isEmpty();
    }
}
