package org.coproduction.notifications.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TimeTextTest {

    private final TimeText london = new TimeText(ZoneId.of("Europe/London"), Locale.ENGLISH, "to");

    @Test
    void timesAreInTheReadersZoneOnEitherSideOfTheClockChange() {
        assertThat(london.range(Instant.parse("2027-03-27T18:00:00Z"), Instant.parse("2027-03-27T20:00:00Z")))
                .isEqualTo("Saturday 27 March 2027, 18:00 to 20:00");
        assertThat(london.range(Instant.parse("2027-03-29T18:00:00Z"), Instant.parse("2027-03-29T20:00:00Z")))
                .isEqualTo("Monday 29 March 2027, 19:00 to 21:00");
    }

    @Test
    void aSessionPastMidnightNamesBothDays() {
        var tokyo = new TimeText(ZoneId.of("Asia/Tokyo"), Locale.ENGLISH, "to");
        assertThat(tokyo.range(Instant.parse("2027-03-29T14:00:00Z"), Instant.parse("2027-03-29T16:00:00Z")))
                .isEqualTo("Monday 29 March 2027, 23:00 to Tuesday 30 March 2027, 01:00");
    }

    @Test
    void welshDayAndMonthNames() {
        var welsh = new TimeText(ZoneId.of("Europe/London"), Locale.forLanguageTag("cy"), "i");
        assertThat(welsh.date(Instant.parse("2027-03-29T12:00:00Z")))
                .containsIgnoringCase("Llun")
                .contains("Mawrth 2027");
    }

    @Test
    void dueDatesMayBeDatesOrInstantsOrAnythingElse() {
        assertThat(london.due("2027-04-01")).isEqualTo("Thursday 1 April 2027");
        assertThat(london.due("2027-03-31T23:30:00Z")).isEqualTo("Thursday 1 April 2027");
        assertThat(london.due("soon")).isEqualTo("soon");
        assertThat(london.due(null)).isEmpty();
    }

    @Test
    void aSessionWithoutAnEndShowsItsStartOnly() {
        assertThat(london.range(Instant.parse("2027-03-29T17:00:00Z"), null)).isEqualTo("Monday 29 March 2027, 18:00");
    }

    @Test
    void nothingKnownReadsAsNothingRatherThanNull() {
        assertThat(london.range(null, Instant.parse("2027-03-29T17:00:00Z"))).isEmpty();
        assertThat(london.date((Instant) null)).isEmpty();
        assertThat(london.date((LocalDate) null)).isEmpty();
        assertThat(london.due("")).isEmpty();
        assertThat(london.due("   ")).isEmpty();
    }

    @Test
    void aLocalDateIsShownAsItIsWhateverTheZone() {
        var tokyo = new TimeText(ZoneId.of("Asia/Tokyo"), Locale.ENGLISH, "to");
        assertThat(tokyo.date(LocalDate.of(2027, 4, 1))).isEqualTo("Thursday 1 April 2027");
        assertThat(tokyo.zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        // An instant late on 31 March in London is already 1 April in Tokyo.
        assertThat(tokyo.due("2027-03-31T20:00:00Z")).isEqualTo("Thursday 1 April 2027");
        assertThat(london.due("2027-03-31T20:00:00Z")).isEqualTo("Wednesday 31 March 2027");
    }

    @Test
    void theWordBetweenTwoTimesIsTheReaders() {
        var welsh = new TimeText(ZoneId.of("Europe/London"), Locale.forLanguageTag("cy"), "i");
        assertThat(welsh.range(Instant.parse("2027-03-29T17:00:00Z"), Instant.parse("2027-03-29T18:30:00Z")))
                .endsWith("18:00 i 19:30");
    }
}
