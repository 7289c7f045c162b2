package org.coproduction.notifications.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.coproduction.notifications.client.Participant;
import org.coproduction.notifications.domain.DeliveryKind;
import org.coproduction.notifications.render.DigestView;
import org.junit.jupiter.api.Test;

class SkipRuleTest {

    private final SkipRule rule = new SkipRule(false);
    private final SkipRule silentWhenEmpty = new SkipRule(true);

    @Test
    void anActivePersonWithAnAddressGetsBoth() {
        Participant p = person("ACTIVE", "WEEKLY", "p@example.org");
        assertThat(rule.skip(DeliveryKind.DIGEST, p)).isEmpty();
        assertThat(rule.skip(DeliveryKind.NOTICE, p)).isEmpty();
    }

    @Test
    void someoneUnknownOrWithoutAnAddressGetsNothing() {
        for (DeliveryKind kind : DeliveryKind.values()) {
            assertThat(rule.skip(kind, null)).contains("participant not found (erased or unknown)");
            assertThat(rule.skip(kind, person("ACTIVE", "WEEKLY", " "))).contains("participant has no email address");
            assertThat(rule.skip(kind, person("ACTIVE", "WEEKLY", null))).contains("participant has no email address");
        }
    }

    @Test
    void digestsGoOnlyToActivePeopleWhoWantThem() {
        assertThat(rule.skip(DeliveryKind.DIGEST, person("PAUSED", "WEEKLY", "p@example.org")))
                .contains("participant is PAUSED");
        assertThat(rule.skip(DeliveryKind.DIGEST, person("WITHDRAWN", "WEEKLY", "p@example.org")))
                .contains("participant is WITHDRAWN");
        assertThat(rule.skip(DeliveryKind.DIGEST, person("ACTIVE", "NEVER", "p@example.org")))
                .contains("participant asked for no digests");
        // An unknown or missing frequency means no digest: better silent than sending what nobody asked for.
        assertThat(rule.skip(DeliveryKind.DIGEST, person("ACTIVE", "sometimes", "p@example.org")))
                .contains("participant asked for no digests");
        assertThat(rule.skip(DeliveryKind.DIGEST, person("ACTIVE", null, "p@example.org")))
                .contains("participant asked for no digests");
    }

    @Test
    void noticesReachPausedPeopleAndThoseWhoWantNoDigestsButNotWhoWithdrew() {
        assertThat(rule.skip(DeliveryKind.NOTICE, person("PAUSED", "WEEKLY", "p@example.org")))
                .isEmpty();
        assertThat(rule.skip(DeliveryKind.NOTICE, person("ACTIVE", "NEVER", "p@example.org")))
                .isEmpty();
        assertThat(rule.skip(DeliveryKind.NOTICE, person("WITHDRAWN", "WEEKLY", "p@example.org")))
                .contains("participant has withdrawn");
    }

    @Test
    void anEmptyDigestIsSkippedOnlyWhereTheDeploymentPrefersSilence() {
        assertThat(rule.skip(digest(true))).isEmpty();
        assertThat(silentWhenEmpty.skip(digest(true)))
                .contains("nothing happened since the last digest, and empty digests are skipped");
        assertThat(silentWhenEmpty.skip(digest(false))).isEmpty();
    }

    private static Participant person(String status, String frequency, String email) {
        return new Participant(
                UUID.randomUUID(),
                "Pat Example",
                "Pat",
                email,
                "Europe/London",
                status,
                new Participant.Language("en"),
                new Participant.Communication("EMAIL", frequency, "MONDAY", "HTML"));
    }

    private static DigestView digest(boolean nothingHappened) {
        return new DigestView(
                "en",
                "subject",
                "Pat",
                "since",
                "Europe/London",
                false,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                "thanks",
                List.of(),
                nothingHappened,
                "settings",
                null,
                null);
    }
}
