package org.coproduction.sessions.domain.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MentorMatcherTest {
    final MentorMatcher matcher = new MentorMatcher(3);
    final Mentee mentee = new Mentee(UUID.randomUUID(), List.of("FACILITATION", "PUBLIC_SPEAKING"), "en", 2);

    static MentorCandidate mentor(List<String> interests, long attended, int mentees) {
        return new MentorCandidate(UUID.randomUUID(), "ACTIVE", true, interests, "en", attended, mentees);
    }

    @Test
    void aWillingActiveMoreExperiencedPersonSharingAnInterestAndLanguageIsSuggested() {
        MentorCandidate c = mentor(List.of("PUBLIC_SPEAKING", "GOVERNANCE"), 5, 1);
        assertThat(matcher.suggest(mentee, List.of(c)))
                .containsExactly(new MentorSuggestion(c.id(), List.of("PUBLIC_SPEAKING"), "en", 5, 1, 2));
    }

    @Test
    void theLanguageMustBeTheSameIgnoringCase() {
        MentorCandidate welsh =
                new MentorCandidate(UUID.randomUUID(), "ACTIVE", true, List.of("FACILITATION"), "cy", 9, 0);
        MentorCandidate english =
                new MentorCandidate(UUID.randomUUID(), "ACTIVE", true, List.of("FACILITATION"), "EN", 9, 0);
        MentorCandidate unknown =
                new MentorCandidate(UUID.randomUUID(), "ACTIVE", true, List.of("FACILITATION"), null, 9, 0);
        assertThat(matcher.suggest(mentee, List.of(welsh, english, unknown)))
                .extracting(MentorSuggestion::mentorId)
                .containsExactly(english.id());
    }

    @Test
    void atLeastOneInterestMustBeShared() {
        assertThat(matcher.suggest(mentee, List.of(mentor(List.of("GOVERNANCE"), 9, 0), mentor(List.of(), 9, 0))))
                .isEmpty();
    }

    @Test
    void theMentorMustHaveComeToMoreSessionsThanTheMentee() {
        MentorCandidate same = mentor(List.of("FACILITATION"), 2, 0);
        MentorCandidate oneMore = mentor(List.of("FACILITATION"), 3, 0);
        assertThat(matcher.suggest(mentee, List.of(same, oneMore)))
                .extracting(MentorSuggestion::mentorId)
                .containsExactly(oneMore.id());
    }

    @Test
    void aMentorAtCapacityIsLeftOutAndOneBelowHasOnePlaceLeft() {
        MentorCandidate full = mentor(List.of("FACILITATION"), 9, 3);
        MentorCandidate almost = mentor(List.of("FACILITATION"), 9, 2);
        List<MentorSuggestion> suggested = matcher.suggest(mentee, List.of(full, almost));
        assertThat(suggested).extracting(MentorSuggestion::mentorId).containsExactly(almost.id());
        assertThat(suggested.get(0).capacity()).isEqualTo(1);
        assertThat(matcher.couldMentor(mentee, full)).isTrue();
    }

    @Test
    void onlyThoseWhoOfferedAndAreActiveAndNotTheMenteeThemself() {
        MentorCandidate notOffered =
                new MentorCandidate(UUID.randomUUID(), "ACTIVE", false, List.of("FACILITATION"), "en", 9, 0);
        MentorCandidate paused =
                new MentorCandidate(UUID.randomUUID(), "PAUSED", true, List.of("FACILITATION"), "en", 9, 0);
        MentorCandidate self = new MentorCandidate(mentee.id(), "ACTIVE", true, List.of("FACILITATION"), "en", 9, 0);
        assertThat(matcher.suggest(mentee, List.of(notOffered, paused, self))).isEmpty();
    }

    @Test
    void mostSharedInterestsFirstThenMostSessionsThenId() {
        MentorCandidate bothFew = mentor(List.of("FACILITATION", "PUBLIC_SPEAKING"), 3, 0);
        MentorCandidate oneMany = mentor(List.of("FACILITATION"), 20, 0);
        MentorCandidate oneSome = mentor(List.of("PUBLIC_SPEAKING"), 5, 0);
        MentorCandidate a = new MentorCandidate(
                UUID.fromString("00000000-0000-4000-8000-000000000001"),
                "ACTIVE",
                true,
                List.of("FACILITATION"),
                "en",
                10,
                0);
        MentorCandidate b = new MentorCandidate(
                UUID.fromString("00000000-0000-4000-8000-000000000002"),
                "ACTIVE",
                true,
                List.of("FACILITATION"),
                "en",
                10,
                0);
        assertThat(matcher.suggest(mentee, List.of(b, oneSome, a, oneMany, bothFew)))
                .extracting(MentorSuggestion::mentorId)
                .containsExactly(bothFew.id(), oneMany.id(), a.id(), b.id(), oneSome.id());
    }

    @Test
    void sharedInterestsFollowTheMenteesOrder() {
        MentorCandidate c = mentor(List.of("PUBLIC_SPEAKING", "FACILITATION"), 9, 0);
        assertThat(matcher.suggest(mentee, List.of(c)).get(0).sharedInterests())
                .containsExactly("FACILITATION", "PUBLIC_SPEAKING");
    }

    @Test
    void aMentorSupportsAtLeastOne() {
        assertThatThrownBy(() -> new MentorMatcher(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
