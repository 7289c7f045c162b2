package org.coproduction.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DigestFrequencyTest {

    @Test
    void theFourFrequenciesAreReadInAnyCaseAndWithSpaces() {
        assertThat(DigestFrequency.parse("WEEKLY")).isEqualTo(DigestFrequency.WEEKLY);
        assertThat(DigestFrequency.parse("fortnightly")).isEqualTo(DigestFrequency.FORTNIGHTLY);
        assertThat(DigestFrequency.parse(" Monthly ")).isEqualTo(DigestFrequency.MONTHLY);
        assertThat(DigestFrequency.parse("never")).isEqualTo(DigestFrequency.NEVER);
    }

    @Test
    void unknownOrMissingMeansNoDigestRatherThanOneNobodyAskedFor() {
        assertThat(DigestFrequency.parse(null)).isEqualTo(DigestFrequency.NEVER);
        assertThat(DigestFrequency.parse("")).isEqualTo(DigestFrequency.NEVER);
        assertThat(DigestFrequency.parse("DAILY")).isEqualTo(DigestFrequency.NEVER);
        assertThat(DigestFrequency.parse("every week")).isEqualTo(DigestFrequency.NEVER);
    }
}
