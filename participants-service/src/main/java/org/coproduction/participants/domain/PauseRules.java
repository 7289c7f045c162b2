package org.coproduction.participants.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Taking a break or leaving. A pause ends on its {@code pausedUntil} date, in the person's own time zone: from that
 * day the record reads as ACTIVE (nothing needs to run; the next write stores it so). A participant may pause
 * themself (with an end date), end their own pause, or withdraw; every other change of status is a coordinator's.
 * Plain Java, tested without a framework.
 */
public final class PauseRules {

    private PauseRules() {}

    /** How far ahead a pause may end. */
    public static final int MAX_YEARS_AHEAD = 1;

    /** The status as it reads today: a pause whose end date has come reads as ACTIVE. */
    public static ParticipantStatus effectiveStatus(ParticipantStatus stored, LocalDate pausedUntil, LocalDate today) {
        if (stored == ParticipantStatus.PAUSED && pausedUntil != null && !pausedUntil.isAfter(today)) {
            return ParticipantStatus.ACTIVE;
        }
        return stored;
    }

    /** The end date as it reads today: only a pause still running has one. */
    public static LocalDate effectivePausedUntil(ParticipantStatus stored, LocalDate pausedUntil, LocalDate today) {
        return effectiveStatus(stored, pausedUntil, today) == ParticipantStatus.PAUSED ? pausedUntil : null;
    }

    /** Whether a participant may move their own record from one status to another. */
    public static boolean participantMayChange(ParticipantStatus from, ParticipantStatus to) {
        if (from == to) {
            return true;
        }
        return switch (to) {
            case PAUSED -> from == ParticipantStatus.ACTIVE;
            case WITHDRAWN -> true;
            case ACTIVE -> from == ParticipantStatus.PAUSED;
        };
    }

    /** What is wrong with a pause's end date, if anything: it must come after today and at most a year ahead. */
    public static Optional<String> checkPausedUntil(LocalDate pausedUntil, LocalDate today) {
        if (!pausedUntil.isAfter(today)) {
            return Optional.of("must be a date after today");
        }
        LocalDate latest = today.plusYears(MAX_YEARS_AHEAD);
        if (pausedUntil.isAfter(latest)) {
            return Optional.of("must be at most a year ahead (" + latest + " or earlier)");
        }
        return Optional.empty();
    }
}
