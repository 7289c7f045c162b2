package org.coproduction.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DueRuleTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final DueRule rule = new DueRule(LocalTime.of(8, 0));

    private static DigestSchedule schedule(DigestFrequency frequency, DayOfWeek day, ZoneId zone) {
        return new DigestSchedule(frequency, day, zone);
    }

    @Nested
    class Weekly {
        private final DigestSchedule mondayLondon = schedule(DigestFrequency.WEEKLY, DayOfWeek.MONDAY, LONDON);

        @Test
        void dueAtEightLondonTimeAfterClocksGoForward() {
            // Clocks go forward on Sunday 2027-03-28: Monday 08:00 BST is 07:00 UTC, a week after 08:00 UTC.
            LocalDate last = LocalDate.of(2027, 3, 22);
            assertThat(rule.due(mondayLondon, Instant.parse("2027-03-29T06:59:59Z"), last))
                    .isEmpty();
            var due = rule.due(mondayLondon, Instant.parse("2027-03-29T07:00:00Z"), last);
            assertThat(due).isPresent();
            assertThat(due.get().date()).isEqualTo(LocalDate.of(2027, 3, 29));
            assertThat(due.get().dueAt()).isEqualTo(Instant.parse("2027-03-29T07:00:00Z"));
            assertThat(due.get().key()).isEqualTo("WEEKLY:2027-03-29");
        }

        @Test
        void dueAtEightLondonTimeAfterClocksGoBack() {
            // Clocks go back on Sunday 2027-10-31: Monday 08:00 GMT is 08:00 UTC, not 07:00.
            LocalDate last = LocalDate.of(2027, 10, 25);
            assertThat(rule.due(mondayLondon, Instant.parse("2027-11-01T07:30:00Z"), last))
                    .isEmpty();
            assertThat(rule.due(mondayLondon, Instant.parse("2027-11-01T08:00:00Z"), last))
                    .get()
                    .extracting(DuePeriod::dueAt)
                    .isEqualTo(Instant.parse("2027-11-01T08:00:00Z"));
        }

        @Test
        void notDueAgainInTheSameWeek() {
            LocalDate last = LocalDate.of(2027, 3, 29);
            assertThat(rule.due(mondayLondon, Instant.parse("2027-04-04T22:00:00Z"), last))
                    .isEmpty();
        }

        @Test
        void firstDigestIsDueForTheLatestOccurrence() {
            // Wednesday: the latest Monday 08:00 has passed, so a newcomer's first digest goes now.
            var due = rule.due(mondayLondon, Instant.parse("2027-03-31T12:00:00Z"), null);
            assertThat(due).get().extracting(DuePeriod::date).isEqualTo(LocalDate.of(2027, 3, 29));
        }

        @Test
        void sendHourIsLocalToEachPersonsZone() {
            var tokyo = schedule(DigestFrequency.WEEKLY, DayOfWeek.MONDAY, ZoneId.of("Asia/Tokyo"));
            // Monday 08:00 in Tokyo is Sunday 23:00 UTC.
            assertThat(rule.due(tokyo, Instant.parse("2027-03-28T22:59:00Z"), LocalDate.of(2027, 3, 22)))
                    .isEmpty();
            assertThat(rule.due(tokyo, Instant.parse("2027-03-28T23:00:00Z"), LocalDate.of(2027, 3, 22)))
                    .get()
                    .extracting(DuePeriod::date)
                    .isEqualTo(LocalDate.of(2027, 3, 29));
        }

        @Test
        void missedOccurrenceIsCaughtUpLater() {
            // The service was down on Monday; on Thursday the Monday period is still owed, once.
            var due = rule.due(mondayLondon, Instant.parse("2027-04-01T10:00:00Z"), LocalDate.of(2027, 3, 22));
            assertThat(due).get().extracting(DuePeriod::key).isEqualTo("WEEKLY:2027-03-29");
        }
    }

    @Nested
    class Fortnightly {
        private final DigestSchedule friday = schedule(DigestFrequency.FORTNIGHTLY, DayOfWeek.FRIDAY, LONDON);

        @Test
        void skipsTheWeekInBetween() {
            LocalDate last = LocalDate.of(2027, 1, 1);
            assertThat(rule.due(friday, Instant.parse("2027-01-08T09:00:00Z"), last))
                    .isEmpty();
            assertThat(rule.due(friday, Instant.parse("2027-01-14T23:00:00Z"), last))
                    .isEmpty();
            assertThat(rule.due(friday, Instant.parse("2027-01-15T08:00:00Z"), last))
                    .get()
                    .extracting(DuePeriod::key)
                    .isEqualTo("FORTNIGHTLY:2027-01-15");
        }

        @Test
        void acrossTheYearEnd() {
            assertThat(rule.due(friday, Instant.parse("2027-01-01T08:00:00Z"), LocalDate.of(2026, 12, 18)))
                    .get()
                    .extracting(DuePeriod::date)
                    .isEqualTo(LocalDate.of(2027, 1, 1));
        }
    }

    @Nested
    class Monthly {
        private final DigestSchedule firstMonday = schedule(DigestFrequency.MONTHLY, DayOfWeek.MONDAY, LONDON);

        @Test
        void februaryIsShortButTheNextDigestIsStillTheFirstMondayOfMarch() {
            // February 2027 starts on a Monday and has 28 days: digests on 1 Feb and 1 Mar, 28 days apart.
            LocalDate last = LocalDate.of(2027, 2, 1);
            assertThat(rule.due(firstMonday, Instant.parse("2027-02-28T23:59:00Z"), last))
                    .isEmpty();
            assertThat(rule.due(firstMonday, Instant.parse("2027-03-01T08:00:00Z"), last))
                    .get()
                    .extracting(DuePeriod::key)
                    .isEqualTo("MONTHLY:2027-03-01");
        }

        @Test
        void notDueAgainLaterInTheSameMonth() {
            assertThat(rule.due(firstMonday, Instant.parse("2027-03-29T08:00:00Z"), LocalDate.of(2027, 3, 1)))
                    .isEmpty();
        }

        @Test
        void leapYearFebruaryAndAMonthWhoseFirstMondayIsLate() {
            var firstTuesday = schedule(DigestFrequency.MONTHLY, DayOfWeek.TUESDAY, LONDON);
            // February 2028 has 29 days; 1 Feb 2028 is a Tuesday, 1 Mar 2028 a Wednesday -> 7 Mar.
            LocalDate last = LocalDate.of(2028, 2, 1);
            assertThat(rule.due(firstTuesday, Instant.parse("2028-03-06T12:00:00Z"), last))
                    .isEmpty();
            assertThat(rule.due(firstTuesday, Instant.parse("2028-03-07T08:00:00Z"), last))
                    .get()
                    .extracting(DuePeriod::date)
                    .isEqualTo(LocalDate.of(2028, 3, 7));
        }

        @Test
        void beforeThisMonthsOccurrenceTheCandidateIsLastMonths() {
            // 30 April 2027 (a 30-day month) is after April's first Monday (5 April): that period is due.
            assertThat(rule.due(firstMonday, Instant.parse("2027-04-30T12:00:00Z"), LocalDate.of(2027, 3, 1)))
                    .get()
                    .extracting(DuePeriod::date)
                    .isEqualTo(LocalDate.of(2027, 4, 5));
        }
    }

    @Test
    void neverMeansNever() {
        var never = schedule(DigestFrequency.NEVER, DayOfWeek.MONDAY, LONDON);
        assertThat(rule.due(never, Instant.parse("2027-03-29T12:00:00Z"), null)).isEmpty();
    }

    @Test
    void unknownFrequencyIsTreatedAsNever() {
        assertThat(DigestFrequency.parse("DAILY")).isEqualTo(DigestFrequency.NEVER);
        assertThat(DigestFrequency.parse(null)).isEqualTo(DigestFrequency.NEVER);
        assertThat(DigestFrequency.parse("weekly")).isEqualTo(DigestFrequency.WEEKLY);
    }
}
