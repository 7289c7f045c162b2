package org.coproduction.sessions.domain.support;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Who is still waiting for support they asked for. Training: they asked (trainingAskedAt) and have come to no
 * TRAINING session since then that shares a topic with their interests. A mentor: they asked (mentorAskedAt) and
 * still have none. Longest wait first.
 */
public final class SupportWaits {
    private SupportWaits() {}

    public static List<SupportWait> waiting(
            Collection<SupportRequest> requests, Collection<TrainingAttended> attended, Instant now) {
        List<SupportWait> waits = new ArrayList<>();
        for (SupportRequest r : requests) {
            if (r.trainingAskedAt() != null && !r.trainingInterests().isEmpty() && !hadTraining(r, attended)) {
                waits.add(new SupportWait(
                        r.participantId(),
                        SupportWait.Kind.TRAINING,
                        r.trainingInterests(),
                        r.preference(),
                        r.trainingAskedAt(),
                        days(r.trainingAskedAt(), now)));
            }
            if (r.mentorAskedAt() != null && r.mentorId() == null) {
                waits.add(new SupportWait(
                        r.participantId(),
                        SupportWait.Kind.MENTOR,
                        null,
                        r.preference(),
                        r.mentorAskedAt(),
                        days(r.mentorAskedAt(), now)));
            }
        }
        waits.sort(Comparator.comparing(SupportWait::askedAt)
                .thenComparing(SupportWait::participantId)
                .thenComparing(SupportWait::kind));
        return waits;
    }

    /** A TRAINING session attended at or after they asked, sharing one of their topics. */
    static boolean hadTraining(SupportRequest r, Collection<TrainingAttended> attended) {
        return attended.stream()
                .filter(t -> t.participantId().equals(r.participantId()))
                .filter(t -> !t.start().isBefore(r.trainingAskedAt()))
                .anyMatch(t -> t.topics().stream().anyMatch(r.trainingInterests()::contains));
    }

    /** Whole days waited; never negative (a clock a little behind participants-service's reads as 0). */
    static long days(Instant askedAt, Instant now) {
        return Math.max(0, Duration.between(askedAt, now).toDays());
    }
}
