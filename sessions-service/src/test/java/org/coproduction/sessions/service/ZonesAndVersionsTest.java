package org.coproduction.sessions.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import org.coproduction.platform.problem.StaleVersionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading zone ids people have stored, and the If-Match rule. */
class ZonesAndVersionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"Europe/London", "America/New_York", "Asia/Kolkata", "UTC"})
    void knownZonesAreRead(String id) {
        assertThat(Zones.parse(id)).contains(ZoneId.of(id));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "Mars/Olympus_Mons", "Europe/", "not a zone"})
    void missingOrUnknownZonesAreEmptyRatherThanAnError(String id) {
        assertThat(Zones.parse(id)).isEmpty();
    }

    @Test
    void noIfMatchMeansNoCheck() {
        assertThatCode(() -> Versions.check(null, 7)).doesNotThrowAnyException();
    }

    @Test
    void theCurrentVersionPasses() {
        assertThatCode(() -> Versions.check(7L, 7)).doesNotThrowAnyException();
        assertThatCode(() -> Versions.check(0L, 0)).doesNotThrowAnyException();
    }

    @Test
    void anOlderOrNewerVersionIsStale() {
        assertThatThrownBy(() -> Versions.check(6L, 7)).isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> Versions.check(8L, 7)).isInstanceOf(StaleVersionException.class);
    }
}
