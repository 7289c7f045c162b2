package org.coproduction.sessions.domain.support;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Who could mentor someone: a person who offered to, is ACTIVE, is not the mentee, shares at least one training
 * interest and their preferred language, has come to more sessions than the mentee, and has room for another mentee
 * (fewer than the most one mentor supports). Most shared interests first, then the most sessions attended.
 * Practitioners and facilitators may be mentees as well as mentors: role does not matter here.
 */
public final class MentorMatcher {
    static final String ACTIVE = "ACTIVE";

    private final int maxMentees;

    public MentorMatcher(int maxMentees) {
        if (maxMentees < 1) {
            throw new IllegalArgumentException("a mentor supports at least one mentee");
        }
        this.maxMentees = maxMentees;
    }

    /**
     * Everything but the mentee count: lets the caller ask another service for the mentees of the few who pass this,
     * not of everyone who offered.
     */
    public boolean couldMentor(Mentee mentee, MentorCandidate c) {
        return c.offersMentoring()
                && ACTIVE.equals(c.status())
                && !Objects.equals(c.id(), mentee.id())
                && sameLanguage(mentee.language(), c.language())
                && !shared(mentee, c).isEmpty()
                && c.sessionsAttended() > mentee.sessionsAttended();
    }

    public List<MentorSuggestion> suggest(Mentee mentee, List<MentorCandidate> candidates) {
        return candidates.stream()
                .filter(c -> couldMentor(mentee, c))
                .filter(c -> c.mentees() < maxMentees)
                .map(c -> new MentorSuggestion(
                        c.id(),
                        shared(mentee, c),
                        c.language(),
                        c.sessionsAttended(),
                        c.mentees(),
                        maxMentees - c.mentees()))
                .sorted(Comparator.comparing(
                                (MentorSuggestion s) -> s.sharedInterests().size())
                        .reversed()
                        .thenComparing(Comparator.comparingLong(MentorSuggestion::sessionsAttended)
                                .reversed())
                        .thenComparing(MentorSuggestion::mentorId))
                .toList();
    }

    /** The mentee's interests the candidate shares, in the mentee's order. */
    static List<String> shared(Mentee mentee, MentorCandidate c) {
        return mentee.interests().stream()
                .filter(c.interests()::contains)
                .distinct()
                .toList();
    }

    static boolean sameLanguage(String a, String b) {
        return a != null && b != null && a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
    }
}
