package org.coproduction.platform.security;

import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The one way every service reads whose token it holds: a participant token's {@code sub} is their participant id,
 * compared as a UUID (so {@code "ABC..."} and {@code "abc..."} are the same person everywhere).
 */
public final class Subjects {

    /** The 8-4-4-4-12 hex form only: {@code UUID.fromString} would also read {@code "1-1-1-1-1"} as an id. */
    private static final java.util.regex.Pattern UUID_TEXT = java.util.regex.Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

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

    /**
     * The one form a subject is compared and counted in: a participant id as its lower-case UUID, anything else
     * (a coordinator's or a service's name) trimmed as it is; {@code null} for none.
     */
    public static String canonical(String subject) {
        if (subject == null || subject.isBlank()) {
            return null;
        }
        return parse(subject).map(UUID::toString).orElse(subject.strip());
    }

    static Optional<UUID> parse(String subject) {
        if (subject == null || !UUID_TEXT.matcher(subject.strip()).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(subject.strip()));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
