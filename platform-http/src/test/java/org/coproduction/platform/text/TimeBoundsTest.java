package org.coproduction.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimeBoundsTest {

    @Test
    void instantsAreIsoTextWithAnOffsetWithinTheYears() {
        assertThat(TimeBounds.instantOrNull("2027-03-29T17:00:00Z")).isEqualTo(Instant.parse("2027-03-29T17:00:00Z"));
        assertThat(TimeBounds.instantOrNull("2027-03-29T18:00:00+01:00"))
                .isEqualTo(Instant.parse("2027-03-29T17:00:00Z"));
        assertThat(TimeBounds.instantOrNull("1900-01-01T00:00:00Z")).isNotNull();
        assertThat(TimeBounds.instantOrNull("2200-12-31T23:59:59Z")).isNotNull();
        assertThat(TimeBounds.instantOrNull("2201-01-01T00:00:00Z")).isNull();
        assertThat(TimeBounds.instantOrNull("1899-12-31T23:59:59Z")).isNull();
        assertThat(TimeBounds.instantOrNull("+999999999-12-31T23:59:59Z")).isNull();
        assertThat(TimeBounds.instantOrNull("2027-03-29T17:00:00")).isNull();
        assertThat(TimeBounds.instantOrNull("1790000000")).isNull();
        assertThat(TimeBounds.instantOrNull(null)).isNull();
    }

    @Test
    void datesWithinTheYears() {
        assertThat(TimeBounds.dateOrNull("2027-03-29")).isEqualTo(LocalDate.of(2027, 3, 29));
        assertThat(TimeBounds.dateOrNull("1066-10-14")).isNull();
        assertThat(TimeBounds.dateOrNull("+999999999-12-31")).isNull();
        assertThat(TimeBounds.dateOrNull("29/03/2027")).isNull();
        assertThat(TimeBounds.dateOrNull(null)).isNull();
    }

    @Test
    void zonesAreRegionsNotOffsets() {
        assertThat(TimeBounds.isRegionZone("Europe/London")).isTrue();
        assertThat(TimeBounds.isRegionZone("America/Santiago")).isTrue();
        assertThat(TimeBounds.isRegionZone("UTC")).isTrue();
        assertThat(TimeBounds.isRegionZone("+01:00")).isFalse();
        assertThat(TimeBounds.isRegionZone("UTC+1")).isFalse();
        assertThat(TimeBounds.isRegionZone("Europe/Atlantis")).isFalse();
        assertThat(TimeBounds.isRegionZone("")).isFalse();
        assertThat(TimeBounds.isRegionZone(null)).isFalse();
    }
}
