package org.coproduction.sessions.domain.standards;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import org.coproduction.sessions.domain.SessionFormat;
import org.coproduction.sessions.domain.access.AccessRules;
import org.coproduction.sessions.domain.support.SupportRequest;
import org.coproduction.sessions.domain.support.SupportWait;

/** The counts behind the indicators that need more than a database count: small pure functions. */
public final class EvidenceCounts {
    static final String LIVED_EXPERIENCE = "LIVED_EXPERIENCE";
    private static final AccessRules ACCESS = new AccessRules();

    private EvidenceCounts() {}

    /**
     * Of the gaps each session's venue alone would have left its expected people (the existing access rules with no
     * arrangements), how many the arrangements made before it closed.
     */
    public static Measure accessGapsClosed(Collection<SessionAccess> sessions) {
        long venueGaps = 0;
        long closed = 0;
        for (SessionAccess s : sessions) {
            int before = ACCESS.gaps(s.venueOnly(), s.expected()).size();
            int after = ACCESS.gaps(s.withArrangements(), s.expected()).size();
            venueGaps += before;
            // Arrangements only add what is offered, so they never open a gap; clamp in case the rules change.
            closed += Math.max(0, Math.min(before, before - after));
        }
        return Measure.of(closed, venueGaps);
    }

    /**
     * Sessions that offered more than one way to take part: a HYBRID session always; and every session when the
     * project held both ONLINE and IN_PERSON sessions in the period (people could choose which suited them).
     *
     * @param sessionsByFormat how many sessions the project held in each format
     */
    public static Measure moreThanOneWay(Map<SessionFormat, Long> sessionsByFormat) {
        long all = sessionsByFormat.values().stream().mapToLong(Long::longValue).sum();
        boolean choice = sessionsByFormat.getOrDefault(SessionFormat.ONLINE, 0L) > 0
                && sessionsByFormat.getOrDefault(SessionFormat.IN_PERSON, 0L) > 0;
        return Measure.of(choice ? all : sessionsByFormat.getOrDefault(SessionFormat.HYBRID, 0L), all);
    }

    /** Of the people known (their role from participants-service), how many have lived experience. */
    public static Measure livedExperience(Collection<String> roles) {
        long lived = roles.stream().filter(LIVED_EXPERIENCE::equals).count();
        return Measure.of(lived, roles.size());
    }

    /** Of the actions whose owner is known, how many are owned by someone with lived experience. */
    public static Measure ownedByLivedExperience(Map<UUID, Long> actionsByOwner, Map<UUID, String> roles) {
        long known = 0;
        long lived = 0;
        for (Map.Entry<UUID, Long> e : actionsByOwner.entrySet()) {
            String role = roles.get(e.getKey());
            if (role != null) {
                known += e.getValue();
                if (LIVED_EXPERIENCE.equals(role)) {
                    lived += e.getValue();
                }
            }
        }
        return Measure.of(lived, known);
    }

    /**
     * Requests for training (asked, with interests) and for a mentor (asked), and how many of them are met: those not
     * among the people still waiting ({@link org.coproduction.sessions.domain.support.SupportWaits}).
     */
    public static Measure supportGiven(Collection<SupportRequest> requests, Collection<SupportWait> waiting) {
        long asked = 0;
        for (SupportRequest r : requests) {
            if (r.trainingAskedAt() != null && !r.trainingInterests().isEmpty()) {
                asked++;
            }
            if (r.mentorAskedAt() != null) {
                asked++;
            }
        }
        long stillWaiting = Math.min(asked, waiting.size());
        return Measure.of(asked - stillWaiting, asked);
    }

    /** Of the updates' reading-ease scores, how many reach the target. */
    public static Measure readable(Collection<Double> readingEase, double target) {
        long readable = readingEase.stream().filter(s -> s >= target).count();
        return Measure.of(readable, readingEase.size());
    }
}
