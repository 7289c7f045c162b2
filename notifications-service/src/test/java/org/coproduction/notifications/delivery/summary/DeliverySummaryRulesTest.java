package org.coproduction.notifications.delivery.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DeliverySummaryRulesTest {
    static final Instant DUE = Instant.parse("2027-03-01T07:00:00Z");
    final UUID aisha = UUID.randomUUID();
    final UUID ben = UUID.randomUUID();
    final UUID cat = UUID.randomUUID();

    @Test
    void onTimeMeansDeliveredWithin24HoursOfFallingDue() {
        var s = DeliverySummaryRules.summarise(List.of(
                new DigestOutcome(aisha, DUE, DUE.plus(Duration.ofHours(24)), true),
                new DigestOutcome(aisha, DUE, DUE.plus(Duration.ofHours(24)).plusSeconds(1), true),
                new DigestOutcome(ben, DUE, null, null)));
        assertThat(s).isEqualTo(new DeliverySummaryRules.Summary(3, 1, 1, 1));
    }

    @Test
    void reachedOnlyWhenEveryRecordedDigestWasAsAsked() {
        var s = DeliverySummaryRules.summarise(List.of(
                new DigestOutcome(aisha, DUE, DUE, true),
                new DigestOutcome(aisha, DUE, DUE, false),
                new DigestOutcome(ben, DUE, DUE, null),
                new DigestOutcome(ben, DUE, DUE, true),
                // Delivered before it was recorded: a person, but not known to be reached.
                new DigestOutcome(cat, DUE, DUE, null)));
        assertThat(s.people()).isEqualTo(3);
        assertThat(s.reachedInOwnLanguageAndFormat()).isEqualTo(1);
        assertThat(DeliverySummaryRules.summarise(List.of())).isEqualTo(new DeliverySummaryRules.Summary(0, 0, 0, 0));
    }

    @Test
    void theLanguageIsTheirsByItsPrimarySubtag() {
        assertThat(DeliverySummaryRules.asAsked("cy-GB", "cy")).isTrue();
        assertThat(DeliverySummaryRules.asAsked("EN", "en")).isTrue();
        assertThat(DeliverySummaryRules.asAsked(null, "en")).isTrue();
        assertThat(DeliverySummaryRules.asAsked(" ", "en")).isTrue();
        assertThat(DeliverySummaryRules.asAsked("pl", "en")).isFalse();
        assertThat(DeliverySummaryRules.asAsked("cy", null)).isFalse();
    }
}
