package org.coproduction.notifications.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ZonesTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void aPersonsOwnRegionZoneIsUsed() {
        assertThat(Zones.of("Asia/Tokyo", LONDON)).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(Zones.of(" America/New_York ", LONDON)).isEqualTo(ZoneId.of("America/New_York"));
    }

    @Test
    void aMissingBlankOrUnknownZoneFallsBack() {
        assertThat(Zones.of(null, LONDON)).isEqualTo(LONDON);
        assertThat(Zones.of("", LONDON)).isEqualTo(LONDON);
        assertThat(Zones.of("   ", LONDON)).isEqualTo(LONDON);
        assertThat(Zones.of("Mars/Olympus_Mons", LONDON)).isEqualTo(LONDON);
        assertThat(Zones.of("not a zone!", LONDON)).isEqualTo(LONDON);
    }
}
