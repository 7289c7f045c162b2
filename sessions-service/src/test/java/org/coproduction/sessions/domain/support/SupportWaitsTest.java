package org.coproduction.sessions.domain.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SupportWaitsTest {
    static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    final UUID aisha = UUID.fromString("00000000-0000-4000-8000-00000000000a");
    final UUID ben = UUID.fromString("00000000-0000-4000-8000-00000000000b");

    static Instant daysAgo(long days) {
        return NOW.minus(Duration.ofDays(days));
    }

    SupportRequest training(UUID who, Instant askedAt, String... topics) {
        return new SupportRequest(who, List.of(topics), "GROUP", askedAt, null, null);
    }

    @Test
    void someoneWhoAskedForTrainingAndHadNoneIsWaitingInWholeDays() {
        List<SupportWait> waits = SupportWaits.waiting(
                List.of(training(aisha, daysAgo(10).plusSeconds(60), "FACILITATION")), List.of(), NOW);
        assertThat(waits)
                .containsExactly(new SupportWait(
                        aisha,
                        SupportWait.Kind.TRAINING,
                        List.of("FACILITATION"),
                        "GROUP",
                        daysAgo(10).plusSeconds(60),
                        9));
    }

    @Test
    void aTrainingSessionSharingATopicSinceTheyAskedEndsTheWait() {
        SupportRequest r = training(aisha, daysAgo(10), "FACILITATION", "CHAIRING_MEETINGS");
        assertThat(SupportWaits.waiting(
                        List.of(r),
                        List.of(new TrainingAttended(aisha, daysAgo(10), List.of("CHAIRING_MEETINGS"))),
                        NOW))
                .isEmpty();
    }

    @Test
    void trainingBeforeTheyAskedOrOnAnotherTopicOrSomeoneElsesDoesNotCount() {
        SupportRequest r = training(aisha, daysAgo(10), "FACILITATION");
        List<TrainingAttended> attended = List.of(
                new TrainingAttended(aisha, daysAgo(11), List.of("FACILITATION")),
                new TrainingAttended(aisha, daysAgo(5), List.of("GOVERNANCE")),
                new TrainingAttended(ben, daysAgo(5), List.of("FACILITATION")));
        assertThat(SupportWaits.waiting(List.of(r), attended, NOW))
                .extracting(SupportWait::kind)
                .containsExactly(SupportWait.Kind.TRAINING);
    }

    @Test
    void nothingAskedIsNoWait() {
        SupportRequest none = new SupportRequest(aisha, List.of(), "NO_PREFERENCE", null, null, null);
        SupportRequest emptyInterests = new SupportRequest(aisha, List.of(), "GROUP", daysAgo(3), null, null);
        assertThat(SupportWaits.waiting(List.of(none, emptyInterests), List.of(), NOW))
                .isEmpty();
    }

    @Test
    void aMentorAskedForWaitsUntilOneIsPaired() {
        SupportRequest waiting = new SupportRequest(aisha, null, "ONE_TO_ONE", null, daysAgo(20), null);
        SupportRequest paired = new SupportRequest(ben, null, "ONE_TO_ONE", null, daysAgo(30), UUID.randomUUID());
        assertThat(SupportWaits.waiting(List.of(waiting, paired), List.of(), NOW))
                .containsExactly(new SupportWait(aisha, SupportWait.Kind.MENTOR, null, "ONE_TO_ONE", daysAgo(20), 20));
    }

    @Test
    void longestWaitFirstThenByPersonAndKind() {
        SupportRequest both = new SupportRequest(aisha, List.of("FACILITATION"), "GROUP", daysAgo(5), daysAgo(5), null);
        SupportRequest older = training(ben, daysAgo(40), "FACILITATION");
        assertThat(SupportWaits.waiting(List.of(both, older), List.of(), NOW))
                .extracting(SupportWait::participantId, SupportWait::kind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ben, SupportWait.Kind.TRAINING),
                        org.assertj.core.groups.Tuple.tuple(aisha, SupportWait.Kind.TRAINING),
                        org.assertj.core.groups.Tuple.tuple(aisha, SupportWait.Kind.MENTOR));
    }

    @Test
    void aClockBehindNeverGivesANegativeWait() {
        assertThat(SupportWaits.waiting(List.of(training(aisha, NOW.plusSeconds(90), "FACILITATION")), List.of(), NOW)
                        .get(0)
                        .waitingDays())
                .isZero();
    }
}
