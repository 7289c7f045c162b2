package org.coproduction.portal.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SessionCookiesTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private final SessionCookies cookies = new SessionCookies("test-key", Duration.ofMinutes(30), Duration.ofHours(12));
    private final PortalSession session =
            new PortalSession(UUID.randomUUID(), NOW.minusSeconds(3600), NOW.minusSeconds(600), NOW, "token-123");

    @Test
    void aCookieReadsBackAsTheSessionItWasWrittenFrom() {
        assertThat(cookies.read(cookies.write(session), NOW.plusSeconds(60))).contains(session);
    }

    @Test
    void whetherTheVisitWasRecordedIsKeptInTheCookie() {
        assertThat(session.visitRecorded()).isFalse();
        PortalSession recorded = session.withVisitRecorded();
        assertThat(cookies.read(cookies.write(recorded), NOW)).contains(recorded);
        assertThat(recorded.seenAt(NOW.plusSeconds(5)).visitRecorded()).isTrue();
    }

    @Test
    void aChangedCookieOrOneSignedWithAnotherKeyIsNoSession() {
        String cookie = cookies.write(session);
        String other = new SessionCookies("other-key", Duration.ofMinutes(30), Duration.ofHours(12)).write(session);
        // The last character of a base64url signature may carry only padding bits (a decoder ignores a change there),
        // so the one before it is changed: all its bits are the signature's.
        int at = cookie.length() - 2;
        char changed = cookie.charAt(at) == 'A' ? 'B' : 'A';
        assertThat(cookies.read(cookie.substring(0, at) + changed + cookie.substring(at + 1), NOW))
                .isEmpty();
        assertThat(cookies.read(other, NOW)).isEmpty();
        assertThat(cookies.read("", NOW)).isEmpty();
        assertThat(cookies.read("no-dot", NOW)).isEmpty();
        assertThat(cookies.read("a.b.c", NOW)).isEmpty();
        assertThat(cookies.read("x".repeat(5000), NOW)).isEmpty();
    }

    @Test
    void aVisitEndsWhenIdleTooLongOrTooOld() {
        String cookie = cookies.write(session);
        assertThat(cookies.read(cookie, NOW.plus(Duration.ofMinutes(30)))).isPresent();
        assertThat(cookies.read(cookie, NOW.plus(Duration.ofMinutes(31)))).isEmpty();
        PortalSession old = new PortalSession(
                session.participantId(), NOW.minus(Duration.ofHours(13)), NOW.minus(Duration.ofHours(13)), NOW, "t");
        assertThat(cookies.read(cookies.write(old), NOW.plusSeconds(1))).isEmpty();
    }

    @Test
    void aSessionCookieCanNeverPassForALinkNorTheReverse() {
        // Both are HMACs under keys derived differently from the same secret: a portal link is refused as a cookie.
        var links = new org.coproduction.platform.link.PortalLinks("test-key", java.time.Clock.systemUTC());
        String link = links.sign(session.participantId(), org.coproduction.platform.link.PortalLinks.Purpose.SIGN_IN);
        assertThat(cookies.read(link, NOW)).isEmpty();
    }
}
