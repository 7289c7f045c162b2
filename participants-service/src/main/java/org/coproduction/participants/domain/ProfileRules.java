package org.coproduction.participants.domain;

import java.util.Optional;
import java.util.UUID;

/** Field rules that Bean Validation cannot express. Plain Java, tested without a framework. */
public final class ProfileRules {

    private ProfileRules() {}

    public static Optional<String> checkMentor(UUID participantId, UUID mentorId, boolean mentorRegistered) {
        if (mentorId == null) {
            return Optional.empty();
        }
        if (mentorId.equals(participantId)) {
            return Optional.of("a participant cannot be their own mentor");
        }
        if (!mentorRegistered) {
            return Optional.of("no participant is registered with this id");
        }
        return Optional.empty();
    }
}
