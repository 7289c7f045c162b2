package org.coproduction.participants.domain;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

/** Field rules that Bean Validation cannot express. Plain Java, tested without a framework. */
public final class ProfileRules {

    /** Clients' clocks drift; consent recorded a few minutes "in the future" is still accepted. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private ProfileRules() {
    }

    /** Only region-based IANA ids: a fixed offset such as +01:00 would not follow daylight saving. */
    public static Optional<String> checkTimeZone(String zone) {
        if (zone == null || zone.isBlank()) {
            return Optional.empty();
        }
        if (!zone.contains("/") && !zone.equals("UTC")) {
            return Optional.of("must be an IANA time zone such as Europe/London");
        }
        try {
            ZoneId.of(zone);
            return Optional.empty();
        } catch (DateTimeException e) {
            return Optional.of("'" + zone + "' is not a known IANA time zone (e.g. Europe/London)");
        }
    }

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
