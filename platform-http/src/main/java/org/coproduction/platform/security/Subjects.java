package org.coproduction.platform.security;

import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The one way every service reads whose token it holds: a participant token's {@code sub} is their participant id,
 * compared as a UUID (so {@code "ABC..."} and {@code "abc..."} are the same person everywhere).
 */
public final class Subjects {

    private Subjects() {}

    /** The participant id the token speaks for, if its subject is one. */
    public static Optional<UUID> participantId(JsonWebToken token) {
        if (token == null || token.getSubject() == null) {
            return Optional.empty();
        }
        return parse(token.getSubject());
    }

    /** Whether the token's subject is this participant. */
    public static boolean isParticipant(JsonWebToken token, UUID participantId) {
        return participantId != null
                && participantId(token).map(participantId::equals).orElse(false);
    }

    static Optional<UUID> parse(String subject) {
        try {
            return Optional.of(UUID.fromString(subject.trim()));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
