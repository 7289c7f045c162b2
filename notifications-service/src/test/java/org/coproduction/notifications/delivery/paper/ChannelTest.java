package org.coproduction.notifications.delivery.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.coproduction.notifications.client.Participant;
import org.coproduction.notifications.delivery.SkipRule;
import org.coproduction.notifications.domain.DeliveryKind;
import org.junit.jupiter.api.Test;

class ChannelTest {

    @Test
    void digestsAndNoticesGoOnPaperForPostAndPhoneReaders() {
        for (String channel : new String[] {"POST", "PHONE", "post"}) {
            Participant p = person(channel, null);
            assertThat(Channel.onPaper(DeliveryKind.DIGEST, p)).isTrue();
            assertThat(Channel.onPaper(DeliveryKind.NOTICE, p)).isTrue();
            assertThat(Channel.onPaper(DeliveryKind.SIGN_IN_LINK, p)).isFalse();
            assertThat(Channel.onPaper(DeliveryKind.EMAIL_CONFIRMATION, p)).isFalse();
        }
    }

    @Test
    void emailMissingOrUnknownChannelsMeanEmail() {
        assertThat(Channel.of(person("EMAIL", "a@example.org"))).isEqualTo(Channel.EMAIL);
        assertThat(Channel.of(person(null, "a@example.org"))).isEqualTo(Channel.EMAIL);
        assertThat(Channel.of(person("PIGEON", "a@example.org"))).isEqualTo(Channel.EMAIL);
        assertThat(Channel.onPaper(DeliveryKind.DIGEST, person("EMAIL", "a@example.org")))
                .isFalse();
    }

    @Test
    void withoutAnAddressOnlyWhatNeedsEmailIsSkipped() {
        SkipRule rule = new SkipRule(false);
        Participant post = person("POST", null);

        assertThat(rule.skip(DeliveryKind.DIGEST, post)).isEmpty();
        assertThat(rule.skip(DeliveryKind.NOTICE, post)).isEmpty();
        assertThat(rule.skip(DeliveryKind.SIGN_IN_LINK, post))
                .hasValueSatisfying(r -> assertThat(r).contains("no email address"));
        assertThat(rule.skip(DeliveryKind.DIGEST, person("EMAIL", null)))
                .hasValueSatisfying(r -> assertThat(r).contains("no email address"));
    }

    private static Participant person(String channel, String email) {
        return new Participant(
                UUID.randomUUID(),
                "Mo Example",
                "Mo",
                email,
                "Europe/London",
                "ACTIVE",
                new Participant.Language("en"),
                new Participant.Communication(channel, "WEEKLY", "MONDAY", "HTML"));
    }
}
