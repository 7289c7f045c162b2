package org.coproduction.sessions.domain.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coproduction.sessions.domain.TrainingTopic.CHAIRING_MEETINGS;
import static org.coproduction.sessions.domain.TrainingTopic.FACILITATION;
import static org.coproduction.sessions.domain.TrainingTopic.SAFEGUARDING;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.coproduction.sessions.domain.SessionStyle;
import org.coproduction.sessions.domain.TrainingTopic;
import org.coproduction.sessions.domain.support.TrainingMatcher.Learner;
import org.coproduction.sessions.domain.support.TrainingMatcher.Match;
import org.coproduction.sessions.domain.support.TrainingMatcher.Preference;
import org.coproduction.sessions.domain.support.TrainingMatcher.Training;
import org.junit.jupiter.api.Test;

class TrainingMatcherTest {
    static final Instant MONDAY = Instant.parse("2027-03-29T17:00:00Z");
    final TrainingMatcher matcher = new TrainingMatcher();
    final UUID me = UUID.randomUUID();
    final UUID other = UUID.randomUUID();

    Learner learner(Preference preference, TrainingTopic... interests) {
        return new Learner(me, Set.of(interests), preference);
    }

    static Training training(SessionStyle style, int daysLater, TrainingTopic... topics) {
        return training(style, daysLater, Set.of(), Set.of(), topics);
    }

    static Training training(
            SessionStyle style, int daysLater, Set<UUID> declined, Set<UUID> coming, TrainingTopic... topics) {
        return new Training(
                UUID.randomUUID(), MONDAY.plusSeconds(daysLater * 86_400L), style, Set.of(topics), declined, coming);
    }

    @Test
    void aOneToOneLearnerGetsTheOneToOneSessionAndNotTheGroupOne() {
        Training group = training(SessionStyle.GROUP, 1, FACILITATION);
        Training oneToOne = training(SessionStyle.ONE_TO_ONE, 2, FACILITATION);
        assertThat(matcher.matches(learner(Preference.ONE_TO_ONE, FACILITATION), List.of(group, oneToOne)))
                .extracting(Match::training)
                .containsExactly(oneToOne);
        assertThat(matcher.matches(learner(Preference.GROUP, FACILITATION), List.of(group, oneToOne)))
                .extracting(Match::training)
                .containsExactly(group);
    }

    @Test
    void noPreferenceTakesBothStylesSoonestFirst() {
        Training later = training(SessionStyle.GROUP, 5, FACILITATION);
        Training sooner = training(SessionStyle.ONE_TO_ONE, 1, FACILITATION);
        assertThat(matcher.matches(learner(Preference.NO_PREFERENCE, FACILITATION), List.of(later, sooner)))
                .extracting(Match::training)
                .containsExactly(sooner, later);
    }

    @Test
    void onlySessionsSharingATopicWithTheSharedTopicsInVocabularyOrder() {
        Training unrelated = training(SessionStyle.GROUP, 1, SAFEGUARDING);
        Training shared = training(SessionStyle.GROUP, 2, CHAIRING_MEETINGS, FACILITATION, SAFEGUARDING);
        List<Match> found =
                matcher.matches(learner(Preference.GROUP, CHAIRING_MEETINGS, FACILITATION), List.of(unrelated, shared));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).matchingTopics()).containsExactly(FACILITATION, CHAIRING_MEETINGS);
        assertThat(matcher.matches(learner(Preference.GROUP), List.of(shared))).isEmpty();
    }

    @Test
    void notSessionsTheySaidTheyCannotCometo() {
        Training declined = training(SessionStyle.GROUP, 1, Set.of(me), Set.of(), FACILITATION);
        Training declinedByOther = training(SessionStyle.GROUP, 2, Set.of(other), Set.of(), FACILITATION);
        assertThat(matcher.matches(learner(Preference.GROUP, FACILITATION), List.of(declined, declinedByOther)))
                .extracting(Match::training)
                .containsExactly(declinedByOther);
    }

    @Test
    void aOneToOneTakenBySomeoneElseComingIsNotOfferedButOneTheyTakeIs() {
        Training taken = training(SessionStyle.ONE_TO_ONE, 1, Set.of(), Set.of(other), FACILITATION);
        Training mine = training(SessionStyle.ONE_TO_ONE, 2, Set.of(), Set.of(me), FACILITATION);
        Training groupWithOthers = training(SessionStyle.GROUP, 3, Set.of(), Set.of(other), FACILITATION);
        assertThat(matcher.matches(
                        learner(Preference.NO_PREFERENCE, FACILITATION), List.of(taken, mine, groupWithOthers)))
                .extracting(Match::training)
                .containsExactly(mine, groupWithOthers);
    }

    @Test
    void theDigestSuggestsTheFirstMatchTheyAreNotInvitedTo() {
        Training invited = training(SessionStyle.GROUP, 1, FACILITATION);
        Training next = training(SessionStyle.GROUP, 2, FACILITATION);
        Learner l = learner(Preference.GROUP, FACILITATION);
        assertThat(matcher.firstNotInvited(l, List.of(invited, next), Set.of(invited.sessionId())))
                .map(Match::training)
                .contains(next);
        assertThat(matcher.firstNotInvited(l, List.of(invited), Set.of(invited.sessionId())))
                .isEmpty();
    }

    @Test
    void preferencesAndInterestsOutsideTheVocabularyAreReadTolerantly() {
        assertThat(Preference.read("one_to_one")).isEqualTo(Preference.ONE_TO_ONE);
        assertThat(Preference.read(null)).isEqualTo(Preference.NO_PREFERENCE);
        assertThat(Preference.read("SOMETIMES")).isEqualTo(Preference.NO_PREFERENCE);
        assertThat(TrainingMatcher.interests(List.of("FACILITATION", " safeguarding ", "KNITTING")))
                .containsExactly(FACILITATION, SAFEGUARDING);
        assertThat(TrainingMatcher.interests(null)).isEmpty();
    }
}
