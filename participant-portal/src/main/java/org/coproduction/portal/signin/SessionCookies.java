package org.coproduction.portal.signin;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Writes and reads the session cookie: {@code base64url(fields joined by "|")} + "." + HMAC-SHA256 of it, keyed by a
 * key derived from the link key (so a cookie can never pass for a link, nor a link for a cookie). Pure: no CDI, no I/O.
 */
public final class SessionCookies {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final int MAX_LENGTH = 1024;

    private final byte[] key;
    private final Duration idle;
    private final Duration maxAge;

    public SessionCookies(String linkKey, Duration idle, Duration maxAge) {
        this.key = hmac(linkKey.getBytes(StandardCharsets.UTF_8), "participant-portal session cookie");
        this.idle = idle;
        this.maxAge = maxAge;
    }

    public String write(PortalSession s) {
        String fields = String.join(
                "|",
                s.participantId().toString(),
                Long.toString(s.linkIssuedAt().getEpochSecond()),
                Long.toString(s.startedAt().getEpochSecond()),
                Long.toString(s.lastSeen().getEpochSecond()),
                s.antiForgery(),
                s.visitRecorded() ? "1" : "0");
        String payload = ENCODER.encodeToString(fields.getBytes(StandardCharsets.UTF_8));
        return payload + "." + ENCODER.encodeToString(hmac(key, payload));
    }

    /** The session, if the cookie is ours, unchanged, not idle too long and not too old. */
    public Optional<PortalSession> read(String cookie, Instant now) {
        if (cookie == null || cookie.isEmpty() || cookie.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        int dot = cookie.indexOf('.');
        if (dot <= 0 || dot != cookie.lastIndexOf('.')) {
            return Optional.empty();
        }
        String payload = cookie.substring(0, dot);
        try {
            if (!MessageDigest.isEqual(DECODER.decode(cookie.substring(dot + 1)), hmac(key, payload))) {
                return Optional.empty();
            }
            String[] f = new String(DECODER.decode(payload), StandardCharsets.UTF_8).split("\\|", -1);
            PortalSession s = new PortalSession(
                    UUID.fromString(f[0]),
                    Instant.ofEpochSecond(Long.parseLong(f[1])),
                    Instant.ofEpochSecond(Long.parseLong(f[2])),
                    Instant.ofEpochSecond(Long.parseLong(f[3])),
                    f[4],
                    // A cookie from before visits were recorded is a visit under way: not recorded again.
                    f.length < 6 || "1".equals(f[5]));
            boolean idleTooLong = now.isAfter(s.lastSeen().plus(idle));
            boolean tooOld = now.isAfter(s.startedAt().plus(maxAge));
            return idleTooLong || tooOld ? Optional.empty() : Optional.of(s);
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException malformed) {
            return Optional.empty();
        }
    }

    private static byte[] hmac(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
