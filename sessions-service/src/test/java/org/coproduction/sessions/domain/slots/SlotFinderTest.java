package org.coproduction.sessions.domain.slots;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SlotFinderTest {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final Instant LONG_AGO = Instant.parse("2027-01-01T00:00:00Z");

    final SlotFinder finder = new SlotFinder();

    @Test
    void mondayEveningInLondonFollowsTheClocksAcrossTheLastSundayOfMarch() {
        PersonCalendar aisha =
                person(LONDON).window(DayOfWeek.MONDAY, "18:00", "20:00").build();

        SlotSearchResult result =
                finder.find(query("2027-03-15T00:00:00Z", "2027-04-06T00:00:00Z", 120, 30, 1, 10), List.of(aisha));

        // 2027-03-28 is the last Sunday of March: 18:00 GMT is 18:00Z before it, 18:00 BST is 17:00Z after it.
        assertThat(result.slots())
                .extracting(Slot::start)
                .containsExactly(
                        Instant.parse("2027-03-15T18:00:00Z"), Instant.parse("2027-03-22T18:00:00Z"),
                        Instant.parse("2027-03-29T17:00:00Z"), Instant.parse("2027-04-05T17:00:00Z"));
        assertThat(result.slots())
                .allSatisfy(slot -> assertThat(slot.available()).containsExactly(aisha.id()));
    }

    @Test
    void peopleInTwoZonesOverlapOnlyWhileBothZonesKeepTheirWinterOffsets() {
        PersonCalendar london =
                person(LONDON).window(DayOfWeek.MONDAY, "18:00", "20:00").build();
        PersonCalendar newYork =
                person(NEW_YORK).window(DayOfWeek.MONDAY, "12:00", "14:00").build();

        // 1 March: NY 12:00-14:00 EST = 17:00-19:00Z, London 18:00-20:00Z: one shared hour at 18:00Z.
        SlotSearchResult march1 = finder.find(
                query("2027-03-01T00:00:00Z", "2027-03-02T00:00:00Z", 60, 30, 2, 10), List.of(london, newYork));
        assertThat(march1.slots()).extracting(Slot::start).containsExactly(Instant.parse("2027-03-01T18:00:00Z"));

        // 15 March: New York is on EDT (16:00-18:00Z), London still on GMT: no shared time at all.
        SlotSearchResult march15 = finder.find(
                query("2027-03-15T00:00:00Z", "2027-03-16T00:00:00Z", 60, 30, 2, 10), List.of(london, newYork));
        assertThat(march15.slots()).isEmpty();
    }

    @Test
    void anAbsenceCutsAWindowAndIsNamed() {
        PersonCalendar sam = person(LONDON)
                .window(DayOfWeek.MONDAY, "18:00", "20:00")
                .absent("2027-02-01T18:30:00Z", "2027-02-01T19:30:00Z")
                .build();

        SlotSearchResult result =
                finder.find(query("2027-02-01T18:00:00Z", "2027-02-01T20:00:00Z", 30, 30, 0, 10), List.of(sam));

        assertThat(result.slots())
                .extracting(Slot::start)
                .containsExactly(Instant.parse("2027-02-01T18:00:00Z"), Instant.parse("2027-02-01T19:30:00Z"));
        assertThat(result.people().get(0).reasons()).containsEntry(UnavailableReason.ABSENT, 2);
    }

    @Test
    void aSlotInsideTheNoticePeriodIsRefusedWithItsReason() {
        PersonCalendar sam = person(LONDON)
                .window(DayOfWeek.MONDAY, "18:00", "20:00")
                .notice(7)
                .build();
        Instant now = Instant.parse("2027-02-01T09:00:00Z");

        SlotSearchResult result = finder.find(
                new SlotQuery(
                        Instant.parse("2027-02-01T00:00:00Z"),
                        Instant.parse("2027-02-09T00:00:00Z"),
                        Duration.ofMinutes(120),
                        Duration.ofMinutes(30),
                        Set.of(),
                        1,
                        10,
                        now),
                List.of(sam));

        assertThat(result.slots()).extracting(Slot::start).containsExactly(Instant.parse("2027-02-08T18:00:00Z"));
        assertThat(finder.conflicts(
                        Instant.parse("2027-02-01T18:00:00Z"),
                        Instant.parse("2027-02-01T20:00:00Z"),
                        List.of(sam),
                        now))
                .containsExactly(new Unavailability(sam.id(), UnavailableReason.NOTICE_TOO_SHORT));
    }

    @Test
    void aFullMonthIsRefusedButTheNextMonthIsOffered() {
        PersonCalendar sam = person(LONDON)
                .window(DayOfWeek.MONDAY, "18:00", "20:00")
                .maxPerMonth(2)
                .booked("2027-03-03T10:00:00Z", "2027-03-03T11:00:00Z")
                .booked("2027-03-10T10:00:00Z", "2027-03-10T11:00:00Z")
                .build();

        SlotSearchResult result =
                finder.find(query("2027-03-22T00:00:00Z", "2027-04-06T00:00:00Z", 120, 30, 1, 10), List.of(sam));

        assertThat(result.slots()).extracting(Slot::start).containsExactly(Instant.parse("2027-04-05T17:00:00Z"));
        assertThat(finder.conflicts(
                        Instant.parse("2027-03-22T18:00:00Z"),
                        Instant.parse("2027-03-22T20:00:00Z"),
                        List.of(sam),
                        LONG_AGO))
                .extracting(Unavailability::reason)
                .containsExactly(UnavailableReason.MONTHLY_LIMIT);
    }

    @Test
    void aClashWithAScheduledSessionIsDoubleBooking() {
        PersonCalendar sam = person(LONDON)
                .window(DayOfWeek.MONDAY, "18:00", "20:00")
                .booked("2027-02-01T18:00:00Z", "2027-02-01T19:00:00Z")
                .build();

        SlotSearchResult result =
                finder.find(query("2027-02-01T18:00:00Z", "2027-02-01T20:00:00Z", 60, 30, 0, 10), List.of(sam));

        assertThat(result.slots()).extracting(Slot::start).containsExactly(Instant.parse("2027-02-01T19:00:00Z"));
        assertThat(result.people().get(0).reasons()).containsEntry(UnavailableReason.DOUBLE_BOOKED, 2);
    }

    @Test
    void slotsWithEveryRequiredPersonComeBeforeBiggerSlotsWithoutThem() {
        PersonCalendar chair =
                person(LONDON).window(DayOfWeek.MONDAY, "18:00", "19:00").build();
        PersonCalendar b =
                person(LONDON).window(DayOfWeek.MONDAY, "18:00", "21:00").build();
        PersonCalendar c =
                person(LONDON).window(DayOfWeek.MONDAY, "19:00", "21:00").build();
        PersonCalendar d =
                person(LONDON).window(DayOfWeek.MONDAY, "19:00", "21:00").build();
        SlotQuery query = new SlotQuery(
                Instant.parse("2027-02-01T18:00:00Z"),
                Instant.parse("2027-02-01T21:00:00Z"),
                Duration.ofMinutes(60),
                Duration.ofMinutes(60),
                Set.of(chair.id()),
                1,
                10,
                LONG_AGO);

        SlotSearchResult result = finder.find(query, List.of(chair, b, c, d));

        Slot best = result.slots().get(0);
        assertThat(best.start()).isEqualTo(Instant.parse("2027-02-01T18:00:00Z"));
        assertThat(best.available()).containsExactly(chair.id(), b.id());
        assertThat(result.slots().get(1).available()).hasSize(3);
        assertThat(result.slots().get(1).unavailable())
                .containsExactly(new Unavailability(chair.id(), UnavailableReason.OUTSIDE_AVAILABILITY));
        assertThat(best.allRequiredFree()).isTrue();
        assertThat(best.missingRequired()).isEmpty();
        assertThat(result.slots().get(1).allRequiredFree()).isFalse();
        assertThat(result.slots().get(1).missingRequired()).containsExactly(chair.id());
    }

    @Test
    void aSlotWithoutARequiredPersonSaysWhoIsMissingButOthersAbsentDoNotCount() {
        PersonCalendar chair =
                person(LONDON).window(DayOfWeek.MONDAY, "18:00", "19:00").build();
        PersonCalendar treasurer =
                person(LONDON).window(DayOfWeek.MONDAY, "19:00", "20:00").build();
        PersonCalendar member =
                person(LONDON).window(DayOfWeek.MONDAY, "20:00", "21:00").build();
        SlotQuery query = new SlotQuery(
                Instant.parse("2027-02-01T18:00:00Z"),
                Instant.parse("2027-02-01T21:00:00Z"),
                Duration.ofMinutes(60),
                Duration.ofMinutes(60),
                Set.of(chair.id(), treasurer.id()),
                1,
                10,
                LONG_AGO);

        SlotSearchResult result = finder.find(query, List.of(chair, treasurer, member));

        // No hour suits both required people: every slot offered must say which of them it leaves out.
        assertThat(result.slots()).hasSize(3).noneMatch(Slot::allRequiredFree);
        assertThat(result.slots())
                .filteredOn(s -> s.start().equals(Instant.parse("2027-02-01T18:00:00Z")))
                .singleElement()
                .satisfies(s -> assertThat(s.missingRequired()).containsExactly(treasurer.id()));
        assertThat(result.slots())
                .filteredOn(s -> s.start().equals(Instant.parse("2027-02-01T20:00:00Z")))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.missingRequired()).containsExactlyInAnyOrder(chair.id(), treasurer.id());
                    assertThat(s.unavailable()).hasSize(2);
                });
    }

    @Test
    void withNobodyRequiredEverySlotHasAllRequiredFree() {
        PersonCalendar sam =
                person(LONDON).window(DayOfWeek.MONDAY, "18:00", "19:00").build();
        PersonCalendar kim =
                person(LONDON).window(DayOfWeek.MONDAY, "18:00", "21:00").build();

        SlotSearchResult result =
                finder.find(query("2027-02-01T18:00:00Z", "2027-02-01T21:00:00Z", 60, 60, 1, 10), List.of(sam, kim));

        assertThat(result.slots()).hasSize(3).allSatisfy(s -> {
            assertThat(s.allRequiredFree()).isTrue();
            assertThat(s.missingRequired()).isEmpty();
        });
    }

    @Test
    void onEqualNumbersThePersonMostOftenLeftOutTipsTheBalance() {
        PersonCalendar regular = person(LONDON)
                .window(DayOfWeek.MONDAY, "18:00", "19:00")
                .leftOut(0)
                .build();
        PersonCalendar oftenMissed = person(LONDON)
                .window(DayOfWeek.MONDAY, "20:00", "21:00")
                .leftOut(5)
                .build();
        PersonCalendar always = person(LONDON)
                .window(DayOfWeek.MONDAY, "18:00", "21:00")
                .leftOut(1)
                .build();

        SlotSearchResult result = finder.find(
                query("2027-02-01T18:00:00Z", "2027-02-01T21:00:00Z", 60, 60, 2, 10),
                List.of(regular, oftenMissed, always));

        // 18:00 and 20:00 both have two people; 20:00 includes the person left out five times, so it wins
        // although it is later.
        assertThat(result.slots())
                .extracting(Slot::start)
                .containsExactly(Instant.parse("2027-02-01T20:00:00Z"), Instant.parse("2027-02-01T18:00:00Z"));
    }

    @Test
    void withEverythingEqualTheEarliestSlotComesFirstAndTheLimitIsKept() {
        PersonCalendar sam =
                person(LONDON).window(DayOfWeek.MONDAY, "18:00", "21:00").build();

        SlotSearchResult result =
                finder.find(query("2027-02-01T00:00:00Z", "2027-02-02T00:00:00Z", 60, 30, 1, 2), List.of(sam));

        assertThat(result.candidateSlots()).isEqualTo(47);
        assertThat(result.slots())
                .extracting(Slot::start)
                .containsExactly(Instant.parse("2027-02-01T18:00:00Z"), Instant.parse("2027-02-01T18:30:00Z"));
    }

    @Test
    void anEmptyAnswerStillSaysWhyForEachPerson() {
        PersonCalendar early =
                person(LONDON).window(DayOfWeek.MONDAY, "09:00", "10:00").build();
        PersonCalendar late = person(LONDON)
                .window(DayOfWeek.MONDAY, "18:00", "19:00")
                .absent("2027-02-01T00:00:00Z", "2027-02-02T00:00:00Z")
                .build();

        SlotSearchResult result =
                finder.find(query("2027-02-01T00:00:00Z", "2027-02-02T00:00:00Z", 60, 60, 2, 10), List.of(early, late));

        assertThat(result.slots()).isEmpty();
        assertThat(result.candidateSlots()).isEqualTo(24);
        assertThat(result.people().get(0).freeSlots()).isEqualTo(1);
        assertThat(result.people().get(0).reasons()).containsEntry(UnavailableReason.OUTSIDE_AVAILABILITY, 23);
        assertThat(result.people().get(1).freeSlots()).isZero();
        assertThat(result.people().get(1).reasons()).containsEntry(UnavailableReason.ABSENT, 24);
    }

    @Test
    void touchingWindowsHoldASlotThatSpansBoth() {
        PersonCalendar sam = person(LONDON)
                .window(DayOfWeek.MONDAY, "18:00", "19:00")
                .window(DayOfWeek.MONDAY, "19:00", "20:00")
                .build();

        assertThat(finder.conflicts(
                        Instant.parse("2027-02-01T18:30:00Z"),
                        Instant.parse("2027-02-01T19:30:00Z"),
                        List.of(sam),
                        LONG_AGO))
                .isEmpty();
    }

    static SlotQuery query(String from, String to, int minutes, int step, int minAttendees, int limit) {
        return new SlotQuery(
                Instant.parse(from),
                Instant.parse(to),
                Duration.ofMinutes(minutes),
                Duration.ofMinutes(step),
                Set.of(),
                minAttendees,
                limit,
                LONG_AGO);
    }

    static Builder person(ZoneId zone) {
        return new Builder(zone);
    }

    static final class Builder {
        final ZoneId zone;
        final List<WeeklyWindow> weekly = new ArrayList<>();
        final List<Interval> absences = new ArrayList<>();
        final List<Interval> booked = new ArrayList<>();
        Integer maxPerMonth;
        Integer notice;
        int leftOut;

        Builder(ZoneId zone) {
            this.zone = zone;
        }

        Builder window(DayOfWeek day, String start, String end) {
            weekly.add(new WeeklyWindow(day, LocalTime.parse(start), LocalTime.parse(end)));
            return this;
        }

        Builder absent(String from, String to) {
            absences.add(new Interval(Instant.parse(from), Instant.parse(to)));
            return this;
        }

        Builder booked(String from, String to) {
            booked.add(new Interval(Instant.parse(from), Instant.parse(to)));
            return this;
        }

        Builder maxPerMonth(int max) {
            maxPerMonth = max;
            return this;
        }

        Builder notice(int days) {
            notice = days;
            return this;
        }

        Builder leftOut(int count) {
            leftOut = count;
            return this;
        }

        PersonCalendar build() {
            return new PersonCalendar(UUID.randomUUID(), zone, weekly, absences, booked, maxPerMonth, notice, leftOut);
        }
    }
}
