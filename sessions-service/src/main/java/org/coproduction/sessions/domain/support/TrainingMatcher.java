package org.coproduction.sessions.domain.support;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.coproduction.sessions.domain.SessionStyle;
import org.coproduction.sessions.domain.TrainingTopic;

/**
 * Which upcoming training suits a person: it shares a topic with their interests, comes in the style they prefer
 * (both with no preference), they have not said they cannot come, and a one-to-one session is not already taken by
 * someone else who is coming. Soonest first.
 */
public final class TrainingMatcher {

    /** How a person prefers to learn: participants-service's {@code support.preference}. */
    public enum Preference {
        GROUP,
        ONE_TO_ONE,
        NO_PREFERENCE;

        /** Unknown or missing reads as no preference: nobody loses suggestions to a word we do not know. */
        public static Preference read(String value) {
            if (value == null) {
                return NO_PREFERENCE;
            }
            try {
                return valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return NO_PREFERENCE;
            }
        }

        boolean accepts(SessionStyle style) {
            return this == NO_PREFERENCE || name().equals(style.name());
        }
    }

    /** The person: their interests (words outside the vocabulary are left out by {@link #interests}). */
    public record Learner(UUID id, Set<TrainingTopic> interests, Preference preference) {}

    /**
     * An upcoming TRAINING session.
     *
     * @param declinedBy invitees who said they cannot come
     * @param coming invitees who said they are coming
     */
    public record Training(
            UUID sessionId,
            Instant start,
            SessionStyle style,
            Set<TrainingTopic> topics,
            Set<UUID> declinedBy,
            Set<UUID> coming) {}

    /** A suitable session and the topics it shares with the person, in vocabulary order. */
    public record Match(Training training, List<TrainingTopic> matchingTopics) {}

    public List<Match> matches(Learner learner, Collection<Training> trainings) {
        List<Match> out = new ArrayList<>();
        for (Training t : trainings) {
            match(learner, t).ifPresent(out::add);
        }
        out.sort(Comparator.comparing((Match m) -> m.training().start())
                .thenComparing(m -> m.training().sessionId()));
        return out;
    }

    /** The soonest match the person is not invited to already (the digest's one suggestion). */
    public Optional<Match> firstNotInvited(Learner learner, Collection<Training> trainings, Set<UUID> invitedTo) {
        return matches(learner, trainings).stream()
                .filter(m -> !invitedTo.contains(m.training().sessionId()))
                .findFirst();
    }

    Optional<Match> match(Learner learner, Training t) {
        Set<TrainingTopic> shared = EnumSet.noneOf(TrainingTopic.class);
        t.topics().stream().filter(learner.interests()::contains).forEach(shared::add);
        boolean takenByAnother =
                t.style() == SessionStyle.ONE_TO_ONE && t.coming().stream().anyMatch(p -> !p.equals(learner.id()));
        if (shared.isEmpty()
                || !learner.preference().accepts(t.style())
                || t.declinedBy().contains(learner.id())
                || takenByAnother) {
            return Optional.empty();
        }
        return Optional.of(new Match(t, List.copyOf(shared)));
    }

    /** The person's interests that are in the vocabulary; other words are ignored, never fatal. */
    public static Set<TrainingTopic> interests(Collection<String> words) {
        Set<TrainingTopic> out = EnumSet.noneOf(TrainingTopic.class);
        if (words != null) {
            for (String w : words) {
                try {
                    out.add(TrainingTopic.valueOf(w.strip().toUpperCase(Locale.ROOT)));
                } catch (RuntimeException e) {
                    // not in the vocabulary: nothing to match it against
                }
            }
        }
        return out;
    }
}
