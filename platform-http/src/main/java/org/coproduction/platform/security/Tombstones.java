package org.coproduction.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keyed hash (HMAC-SHA256) a service keeps of an erased participant's id instead of the id itself: enough to
 * recognise and refuse that person's old tokens, useless for finding out who they were without the key. Every service
 * uses the same key (configured once per deployment), so one erasure yields the same tombstone everywhere.
 */
public final class Tombstones {

    private Tombstones() {}

    public static String of(String key, UUID participantId) {
        if (key == null || key.isBlank()) {
            throw new IllegalStateException("The tombstone key is not configured");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(
                    participantId.toString().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
