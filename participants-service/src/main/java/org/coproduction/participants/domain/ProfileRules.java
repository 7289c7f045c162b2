package org.coproduction.participants.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Field rules that Bean Validation cannot express. Plain Java, tested without a framework. */
public final class ProfileRules {

    /** Clients' clocks drift; consent recorded a few minutes "in the future" is still accepted. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private ProfileRules() {}

    public static Optional<String> checkConsentTime(Instant givenAt, Instant now) {
        if (givenAt != null && givenAt.isAfter(now.plus(CLOCK_SKEW))) {
            return Optional.of("must not be in the future");
        }
        return Optional.empty();
    }

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
