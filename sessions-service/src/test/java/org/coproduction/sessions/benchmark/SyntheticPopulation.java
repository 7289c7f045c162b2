package org.coproduction.sessions.benchmark;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.coproduction.sessions.domain.slots.Interval;
import org.coproduction.sessions.domain.slots.PersonCalendar;
import org.coproduction.sessions.domain.slots.WeeklyWindow;

/**
 * Reproducible (seeded) people for benchmarks: 2-5 weekly windows each, zones on three continents with
 * different daylight-saving dates, some absences, booked sessions, limits and notice periods.
 */
final class SyntheticPopulation {
    static final Instant FROM = Instant.parse("2027-03-01T00:00:00Z");
    static final Instant TO = FROM.plus(Duration.ofDays(84));
    static final Instant NOW = Instant.parse("2027-02-01T00:00:00Z");
    static final String[] ZONES = {
        "Europe/London",
        "Europe/London",
        "Europe/London",
        "Europe/Berlin",
        "America/New_York",
        "Asia/Kolkata",
        "Australia/Sydney"
    };

    /** One person's raw facts, used both for PersonCalendar and for participants-service JSON. */
    record Person(
            UUID id,
            String zone,
            List<WeeklyWindow> weekly,
            List<Interval> absences,
            List<Interval> booked,
            Integer maxPerMonth,
            Integer noticeDays,
            int leftOut) {
        PersonCalendar calendar() {
            return new PersonCalendar(id, ZoneId.of(zone), weekly, absences, booked, maxPerMonth, noticeDays, leftOut);
        }
    }

    static List<Person> people(int count, long seed) {
        Random random = new Random(seed);
        List<Person> people = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            people.add(person(random));
        }
        return people;
    }

    static Person person(Random random) {
        List<WeeklyWindow> weekly = new ArrayList<>();
        int windows = 2 + random.nextInt(4);
        for (int w = 0; w < windows; w++) {
            int startHour = 8 + random.nextInt(12);
            int hours = 1 + random.nextInt(4);
            weekly.add(new WeeklyWindow(
                    DayOfWeek.of(1 + random.nextInt(7)),
                    LocalTime.of(startHour, 0),
                    LocalTime.of(Math.min(23, startHour + hours), random.nextBoolean() ? 30 : 0)));
        }
        List<Interval> absences = new ArrayList<>();
        for (int a = random.nextInt(3); a > 0; a--) {
            Instant start = FROM.plus(Duration.ofHours(random.nextInt(84 * 24)));
            absences.add(new Interval(start, start.plus(Duration.ofDays(1 + random.nextInt(14)))));
        }
        List<Interval> booked = new ArrayList<>();
        for (int b = random.nextInt(7); b > 0; b--) {
            Instant start = FROM.minus(Duration.ofDays(20)).plus(Duration.ofMinutes(30L * random.nextInt(110 * 48)));
            booked.add(new Interval(start, start.plus(Duration.ofMinutes(60 + 30L * random.nextInt(4)))));
        }
        Integer max = random.nextInt(4) == 0 ? null : 2 + random.nextInt(7);
        Integer notice = random.nextInt(3) == 0 ? null : random.nextInt(15);
        return new Person(
                UUID.randomUUID(),
                ZONES[random.nextInt(ZONES.length)],
                weekly,
                absences,
                booked,
                max,
                notice,
                random.nextInt(6));
    }

    private SyntheticPopulation() {}
}
