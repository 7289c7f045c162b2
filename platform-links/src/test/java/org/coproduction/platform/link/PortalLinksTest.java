package org.coproduction.platform.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;
import org.coproduction.platform.link.PortalLinks.InvalidLinkException;
import org.coproduction.platform.link.PortalLinks.Link;
import org.coproduction.platform.link.PortalLinks.Purpose;
import org.coproduction.platform.link.PortalLinks.Refusal;
import org.junit.jupiter.api.Test;

class PortalLinksTest {

    private static final Instant NOW = Instant.parse("2027-03-29T07:00:00Z");
    private static final UUID PERSON = UUID.fromString("0b7c6a1e-2d3f-4a5b-8c9d-0e1f2a3b4c5d");

    private final PortalLinks links = new PortalLinks("test-key", Clock.fixed(NOW, ZoneOffset.UTC));

    private static PortalLinks at(Instant when) {
        return new PortalLinks("test-key", Clock.fixed(when, ZoneOffset.UTC));
    }

    @Test
    void aSignedLinkSaysWhoWhatAndUntilWhen() throws Exception {
        String token = links.sign(PERSON, Purpose.SIGN_IN);

        assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
        Link link = links.verify(token, Purpose.SIGN_IN);
        assertThat(link).isEqualTo(new Link(PERSON, Purpose.SIGN_IN, NOW, NOW.plus(Duration.ofDays(14))));
        String body = new String(
                Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))), StandardCharsets.UTF_8);
        assertThat(body)
                .contains("\"participantId\":\"" + PERSON + "\"", "\"purpose\":\"SIGN_IN\"", "issuedAt", "expiresAt");
    }

    @Test
    void signInLinksLastFourteenDaysAndUnsubscribeLinksAYear() throws Exception {
        String signIn = links.sign(PERSON, Purpose.SIGN_IN);
        String unsubscribe = links.sign(PERSON, Purpose.UNSUBSCRIBE);

        assertThat(at(NOW.plus(Duration.ofDays(14)).minusSeconds(1))
                        .verify(signIn, Purpose.SIGN_IN)
                        .participantId())
                .isEqualTo(PERSON);
        assertRefused(() -> at(NOW.plus(Duration.ofDays(14))).verify(signIn, Purpose.SIGN_IN), Refusal.EXPIRED);
        assertThat(at(NOW.plus(Duration.ofDays(364)))
                        .verify(unsubscribe, Purpose.UNSUBSCRIBE)
                        .participantId())
                .isEqualTo(PERSON);
        assertRefused(
                () -> at(NOW.plus(Duration.ofDays(365))).verify(unsubscribe, Purpose.UNSUBSCRIBE), Refusal.EXPIRED);
    }

    @Test
    void aLinkOfOnePurposeIsRefusedForAnother() {
        String signIn = links.sign(PERSON, Purpose.SIGN_IN);

        assertRefused(() -> links.verify(signIn, Purpose.UNSUBSCRIBE), Refusal.WRONG_PURPOSE);
        assertRefused(
                () -> links.verify(links.sign(PERSON, Purpose.UNSUBSCRIBE), Purpose.SIGN_IN), Refusal.WRONG_PURPOSE);
    }

    @Test
    void anAlteredLinkIsRefusedAsAlteredNeverAsExpired() {
        String token = links.sign(PERSON, Purpose.UNSUBSCRIBE);
        String payload = token.substring(0, token.indexOf('.'));
        String signature = token.substring(token.indexOf('.') + 1);
        // Someone else's id with the original signature.
        String other = new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8)
                .replace(PERSON.toString(), UUID.randomUUID().toString());
        String swapped = Base64.getUrlEncoder().withoutPadding().encodeToString(other.getBytes(StandardCharsets.UTF_8))
                + "." + signature;
        String flipped = payload + "." + (signature.charAt(0) == 'A' ? 'B' : 'A') + signature.substring(1);
        String expiredAndAltered = at(NOW.plus(Duration.ofDays(400))).sign(PERSON, Purpose.UNSUBSCRIBE) + "x";

        assertRefused(() -> links.verify(swapped, Purpose.UNSUBSCRIBE), Refusal.ALTERED);
        assertRefused(() -> links.verify(flipped, Purpose.UNSUBSCRIBE), Refusal.ALTERED);
        assertRefused(() -> links.verify(expiredAndAltered, Purpose.UNSUBSCRIBE), Refusal.ALTERED);
        assertRefused(
                () -> new PortalLinks("another-key", Clock.fixed(NOW, ZoneOffset.UTC))
                        .verify(token, Purpose.UNSUBSCRIBE),
                Refusal.ALTERED);
    }

    @Test
    void whatIsNotATokenAtAllIsRefusedAsAltered() {
        for (String junk : new String[] {
            null, "", "nodot", ".sig", "payload.", "a.b.c", "!!!.???", "x".repeat(600) + ".y", "e30.e30"
        }) {
            assertRefused(() -> links.verify(junk, Purpose.SIGN_IN), Refusal.ALTERED);
        }
        // Signed with our key but not what we sign.
        PortalLinks other = links;
        String signedJunk = signedPayload(other, "{\"purpose\":\"SIGN_IN\"}");
        assertRefused(() -> links.verify(signedJunk, Purpose.SIGN_IN), Refusal.ALTERED);
    }

    @Test
    void anEmptyKeyIsRefused() {
        assertThatThrownBy(() -> new PortalLinks(" ", Clock.systemUTC())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PortalLinks(null, Clock.systemUTC())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theProductionKeyCheckRefusesOnlyTheDevelopmentKeyInProdWhenNotAllowed() {
        String dev = PortalLinks.DEVELOPMENT_KEY;
        assertThat(PortalLinks.unsafeKey(true, false, dev)).get().asString().contains("PORTAL_LINK_KEY");
        assertThat(PortalLinks.unsafeKey(true, true, dev)).isEmpty();
        assertThat(PortalLinks.unsafeKey(false, false, dev)).isEmpty();
        assertThat(PortalLinks.unsafeKey(true, false, "a-real-key")).isEmpty();
    }

    /** A token whose signature is right for this payload (made the way PortalLinks makes them). */
    private static String signedPayload(PortalLinks links, String json) {
        String real = links.sign(PERSON, Purpose.SIGN_IN);
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
        try {
            var mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec("test-key".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            assertThat(real).isNotEmpty();
            return payload + "."
                    + Base64.getUrlEncoder()
                            .withoutPadding()
                            .encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertRefused(ThrowingVerify verify, Refusal refusal) {
        assertThatThrownBy(verify::run)
                .isInstanceOf(InvalidLinkException.class)
                .satisfies(e -> assertThat(((InvalidLinkException) e).refusal()).isEqualTo(refusal));
    }

    @FunctionalInterface
    private interface ThrowingVerify {
        Object run() throws Exception;
    }
}
