package org.coproduction.platform.link;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed personal links to the participant portal. A token is {@code base64url(JSON {participantId, purpose,
 * issuedAt, expiresAt})} + "." + {@code base64url(HMAC-SHA256(key, first part))}, with no padding. Only the portal and
 * this service hold the key ({@code PORTAL_LINK_KEY}). Pure: no CDI, no I/O; the clock is given.
 */
public final class PortalLinks {

    /** What a link may be used for; a link of one purpose is refused for any other. */
    public enum Purpose {
        /** Opens the portal (a session for that person); good for 14 days. */
        SIGN_IN(Duration.ofDays(14)),
        /** RFC 8058 one-click unsubscribe from digests; good for a year. */
        UNSUBSCRIBE(Duration.ofDays(365));

        private final Duration lifetime;

        Purpose(Duration lifetime) {
            this.lifetime = lifetime;
        }

        public Duration lifetime() {
            return lifetime;
        }
    }

    /** Why a token was refused. */
    public enum Refusal {
        /** Not a token of ours, or changed after it was signed (or signed with another key). */
        ALTERED,
        /** Signed by us, but past its expiry. */
        EXPIRED,
        /** Signed by us, but for another purpose. */
        WRONG_PURPOSE
    }

    /** What a valid token says. */
    public record Link(UUID participantId, Purpose purpose, Instant issuedAt, Instant expiresAt) {}

    /** A token that must not be honoured, and why. */
    public static final class InvalidLinkException extends Exception {
        private final Refusal refusal;

        public InvalidLinkException(Refusal refusal) {
            super("link refused: " + refusal);
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    /** The development default of {@code PORTAL_LINK_KEY}; production refuses to start with it. */
    public static final String DEVELOPMENT_KEY = "development-portal-link-key-not-for-production";

    /**
     * Why starting with this key would be unsafe, if it would: in {@code prod}, the development key (anyone holding the
     * repository could sign links that open anyone's portal or unsubscribe them), unless
     * {@code COPRODUCTION_ALLOW_DEVELOPMENT_KEY=true}.
     */
    public static Optional<String> unsafeKey(boolean prod, boolean developmentKeyAllowed, String key) {
        if (!prod || developmentKeyAllowed || !DEVELOPMENT_KEY.equals(key)) {
            return Optional.empty();
        }
        return Optional.of("The portal link key (PORTAL_LINK_KEY) is the development default. Configure this"
                + " deployment's own, or set COPRODUCTION_ALLOW_DEVELOPMENT_KEY=true for a development run on this"
                + " machine only.");
    }

    /** Longer than any token we sign: refused before any work. */
    static final int MAX_TOKEN_LENGTH = 512;

    private static final String ALGORITHM = "HmacSHA256";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final byte[] key;
    private final Clock clock;

    public PortalLinks(String key, Clock clock) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("the portal link key must not be empty");
        }
        this.key = key.getBytes(StandardCharsets.UTF_8);
        this.clock = Objects.requireNonNull(clock);
    }

    /** A fresh token for this person and purpose, issued now and expiring after the purpose's lifetime. */
    public String sign(UUID participantId, Purpose purpose) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        return sign(new Link(participantId, purpose, now, now.plus(purpose.lifetime())));
    }

    /** The token saying exactly this (tests use it to make expired links). */
    public String sign(Link link) {
        ObjectNode body = JSON.createObjectNode();
        body.put("participantId", link.participantId().toString());
        body.put("purpose", link.purpose().name());
        body.put("issuedAt", link.issuedAt().toString());
        body.put("expiresAt", link.expiresAt().toString());
        String payload = ENCODER.encodeToString(body.toString().getBytes(StandardCharsets.UTF_8));
        return payload + "." + ENCODER.encodeToString(mac(payload));
    }

    /**
     * What the token says, if it is ours, unchanged, of the expected purpose and not expired; checked in that order,
     * so an altered token is never reported as merely expired.
     */
    public Link verify(String token, Purpose expected) throws InvalidLinkException {
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            throw new InvalidLinkException(Refusal.ALTERED);
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.') || dot == token.length() - 1) {
            throw new InvalidLinkException(Refusal.ALTERED);
        }
        String payload = token.substring(0, dot);
        byte[] signature;
        byte[] body;
        try {
            signature = DECODER.decode(token.substring(dot + 1));
            body = DECODER.decode(payload);
        } catch (IllegalArgumentException notBase64) {
            throw new InvalidLinkException(Refusal.ALTERED);
        }
        if (!MessageDigest.isEqual(signature, mac(payload))) {
            throw new InvalidLinkException(Refusal.ALTERED);
        }
        Link link;
        try {
            JsonNode json = JSON.readTree(body);
            link = new Link(
                    UUID.fromString(json.get("participantId").asText()),
                    Purpose.valueOf(json.get("purpose").asText()),
                    Instant.parse(json.get("issuedAt").asText()),
                    Instant.parse(json.get("expiresAt").asText()));
        } catch (Exception malformed) {
            // Signed with our key yet not what we sign: treat as not ours.
            throw new InvalidLinkException(Refusal.ALTERED);
        }
        if (link.purpose() != expected) {
            throw new InvalidLinkException(Refusal.WRONG_PURPOSE);
        }
        if (!clock.instant().isBefore(link.expiresAt())) {
            throw new InvalidLinkException(Refusal.EXPIRED);
        }
        return link;
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
