package org.coproduction.sessions.domain.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coproduction.sessions.domain.InvitationAnswer.COMING;
import static org.coproduction.sessions.domain.InvitationAnswer.NOT_COMING;
import static org.coproduction.sessions.domain.InvitationAnswer.PENDING;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.coproduction.sessions.domain.InvitationAnswer;
import org.junit.jupiter.api.Test;

class DriftRulesTest {
    static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    final DriftRules rules = new DriftRules(new DriftThresholds(3, 8, 2, 2));

    /** A session that ended {@code weeksAgo} weeks before now (an hour long). */
    static InvitedSession held(int weeksAgo, InvitationAnswer answer, boolean attended) {
        Instant start = NOW.minus(Duration.ofDays(7L * weeksAgo)).minus(Duration.ofHours(1));
        return new InvitedSession(
                UUID.randomUUID(), start, start.plus(Duration.ofHours(1)), false, false, true, answer, attended);
    }

    static InvitedSession missed(int weeksAgo) {
        return held(weeksAgo, COMING, false);
    }

    static InvitedSession came(int weeksAgo) {
        return held(weeksAgo, COMING, true);
    }

    static InvitedSession cancelled(InvitedSession s) {
        return new InvitedSession(
                s.sessionId(), s.start(), s.end(), true, s.sensitive(), s.attendanceRecorded(), s.answer(), false);
    }

    static InvitedSession sensitive(InvitedSession s) {
        return new InvitedSession(
                s.sessionId(), s.start(), s.end(), false, true, s.attendanceRecorded(), s.answer(), s.attended());
    }

    static InvitedSession notRecorded(InvitedSession s) {
        return new InvitedSession(s.sessionId(), s.start(), s.end(), false, s.sensitive(), false, s.answer(), false);
    }

    @Test
    void exactlyThreeMissedSessionsIsAReasonAndTwoIsNot() {
        Engagement three = rules.assess("ACTIVE", List.of(came(4), missed(3), missed(2), missed(1)), NOW);
        assertThat(three.missedInARow()).isEqualTo(3);
        assertThat(three.reasons())
                .containsExactly(new DriftReason(DriftCode.MISSED_SESSIONS, 3, "not at the last 3 sessions"));
        assertThat(three.drifting()).isTrue();

        Engagement two = rules.assess("ACTIVE", List.of(came(3), missed(2), missed(1)), NOW);
        assertThat(two.missedInARow()).isEqualTo(2);
        assertThat(two.reasons()).isEmpty();
        assertThat(two.drifting()).isFalse();
    }

    @Test
    void theRunStopsAtTheLatestSessionTheyCameTo() {
        Engagement e = rules.assess("ACTIVE", List.of(missed(6), missed(5), missed(4), came(2), missed(1)), NOW);
        assertThat(e.missedInARow()).isEqualTo(1);
        assertThat(e.lastAttendedAt()).isEqualTo(came(2).start());
        assertThat(e.reasons()).isEmpty();
    }

    @Test
    void exactlyEightQuietWeeksIsAReasonAndSevenIsNot() {
        Instant lastCame = NOW.minus(Duration.ofDays(56));
        InvitedSession eightWeeks = new InvitedSession(
                UUID.randomUUID(), lastCame, lastCame.plus(Duration.ofHours(1)), false, false, true, COMING, true);
        assertThat(rules.assess("ACTIVE", List.of(eightWeeks), NOW).reasons())
                .containsExactly(new DriftReason(DriftCode.NO_SESSION_FOR_WEEKS, 8, "no session for 8 weeks"));
        assertThat(rules.assess("ACTIVE", List.of(eightWeeks), NOW.minusSeconds(1))
                        .reasons())
                .isEmpty();
    }

    @Test
    void someoneWhoNeverCameIsQuietSinceTheirFirstInvitation() {
        Engagement recent = rules.assess("ACTIVE", List.of(held(1, PENDING, false)), NOW);
        assertThat(recent.lastAttendedAt()).isNull();
        assertThat(recent.reasons()).isEmpty();

        Engagement longAgo = rules.assess("ACTIVE", List.of(held(10, COMING, false), held(9, COMING, false)), NOW);
        assertThat(longAgo.lastAttendedAt()).isNull();
        assertThat(longAgo.reasons()).extracting(DriftReason::code).containsExactly(DriftCode.NO_SESSION_FOR_WEEKS);
        assertThat(longAgo.reasons().get(0).count()).isEqualTo(10);
    }

    @Test
    void noInvitationsAtAllIsNotDrifting() {
        Engagement e = rules.assess("ACTIVE", List.of(), NOW);
        assertThat(e.reasons()).isEmpty();
        assertThat(e.lastAttendedAt()).isNull();
        assertThat(e.missedInARow()).isZero();
    }

    @Test
    void declinedAndUnansweredRunsAtTheirThresholds() {
        Engagement declined =
                rules.assess("ACTIVE", List.of(came(3), held(2, NOT_COMING, false), held(1, NOT_COMING, false)), NOW);
        assertThat(declined.declinedInARow()).isEqualTo(2);
        assertThat(declined.reasons())
                .containsExactly(new DriftReason(DriftCode.DECLINED_INVITATIONS, 2, "last 2 invitations declined"));

        Engagement unanswered =
                rules.assess("ACTIVE", List.of(came(3), held(2, PENDING, false), held(1, PENDING, false)), NOW);
        assertThat(unanswered.unansweredInARow()).isEqualTo(2);
        assertThat(unanswered.reasons())
                .containsExactly(
                        new DriftReason(DriftCode.UNANSWERED_INVITATIONS, 2, "last 2 invitations not answered"));

        Engagement one = rules.assess("ACTIVE", List.of(came(2), held(1, NOT_COMING, false)), NOW);
        assertThat(one.reasons()).isEmpty();
    }

    @Test
    void comingWithoutAnsweringIsNotAnUnansweredInvitation() {
        Engagement e = rules.assess("ACTIVE", List.of(held(2, PENDING, true), held(1, PENDING, true)), NOW);
        assertThat(e.unansweredInARow()).isZero();
        assertThat(e.reasons()).isEmpty();
    }

    @Test
    void cancelledSessionsAreLeftOut() {
        Engagement e = rules.assess(
                "ACTIVE", List.of(came(4), missed(3), cancelled(missed(2)), cancelled(missed(2)), missed(1)), NOW);
        assertThat(e.missedInARow()).isEqualTo(2);
        assertThat(e.reasons()).isEmpty();
    }

    @Test
    void aSensitiveSessionTheyOptedOutOfNeverCounts() {
        Engagement e = rules.assess(
                "ACTIVE",
                List.of(
                        came(4),
                        sensitive(held(3, NOT_COMING, false)),
                        sensitive(held(2, NOT_COMING, false)),
                        held(1, NOT_COMING, false)),
                NOW);
        assertThat(e.declinedInARow()).isEqualTo(1);
        assertThat(e.missedInARow()).isEqualTo(1);
        assertThat(e.reasons()).isEmpty();
    }

    @Test
    void aSensitiveSessionTheyJustMissedStillCounts() {
        Engagement e = rules.assess("ACTIVE", List.of(sensitive(missed(3)), missed(2), missed(1)), NOW);
        assertThat(e.missedInARow()).isEqualTo(3);
        assertThat(e.reasons()).extracting(DriftReason::code).contains(DriftCode.MISSED_SESSIONS);
    }

    @Test
    void futureAndStillRunningSessionsAreLeftOut() {
        Instant later = NOW.plus(Duration.ofDays(3));
        InvitedSession future = new InvitedSession(
                UUID.randomUUID(), later, later.plus(Duration.ofHours(1)), false, false, false, PENDING, false);
        Instant started = NOW.minus(Duration.ofMinutes(30));
        InvitedSession running = new InvitedSession(
                UUID.randomUUID(), started, NOW.plus(Duration.ofMinutes(30)), false, false, false, PENDING, false);
        Engagement e = rules.assess("ACTIVE", List.of(came(2), held(1, PENDING, false), future, running), NOW);
        assertThat(e.unansweredInARow()).isEqualTo(1);
        assertThat(e.reasons()).isEmpty();
    }

    @Test
    void aSessionWhoseAttendanceIsNotRecordedYetNeitherBreaksNorExtendsTheRun() {
        Engagement e = rules.assess("ACTIVE", List.of(missed(4), missed(3), notRecorded(came(2)), missed(1)), NOW);
        assertThat(e.missedInARow()).isEqualTo(3);
        assertThat(e.reasons()).extracting(DriftReason::code).contains(DriftCode.MISSED_SESSIONS);

        Engagement onlyUnrecorded = rules.assess("ACTIVE", List.of(notRecorded(missed(1))), NOW);
        assertThat(onlyUnrecorded.missedInARow()).isZero();
    }

    @Test
    void someoneOnABreakOrWhoLeftHasNoReasons() {
        List<InvitedSession> drifting = new ArrayList<>(
                List.of(held(12, PENDING, false), held(11, PENDING, false), held(10, NOT_COMING, false), missed(9)));
        Engagement paused = rules.assess("PAUSED", drifting, NOW);
        assertThat(paused.onBreak()).isTrue();
        assertThat(paused.reasons()).isEmpty();
        assertThat(paused.missedInARow()).isEqualTo(4);

        Engagement withdrawn = rules.assess("WITHDRAWN", drifting, NOW);
        assertThat(withdrawn.onBreak()).isFalse();
        assertThat(withdrawn.reasons()).isEmpty();

        Engagement active = rules.assess("ACTIVE", drifting, NOW);
        assertThat(active.onBreak()).isFalse();
        assertThat(active.reasons())
                .extracting(DriftReason::code)
                .containsExactly(DriftCode.MISSED_SESSIONS, DriftCode.NO_SESSION_FOR_WEEKS);
    }

    @Test
    void reasonsReadInTheSingularForOne() {
        assertThat(DriftCode.MISSED_SESSIONS.text(1)).isEqualTo("not at the last session");
        assertThat(DriftCode.NO_SESSION_FOR_WEEKS.text(1)).isEqualTo("no session for 1 week");
        assertThat(DriftCode.DECLINED_INVITATIONS.text(1)).isEqualTo("last invitation declined");
        assertThat(DriftCode.UNANSWERED_INVITATIONS.text(1)).isEqualTo("last invitation not answered");
        assertThat(DriftCode.DECLINED_INVITATIONS.text(3)).isEqualTo("last 3 invitations declined");
    }

    @Test
    void thresholdsAreAtLeastOne() {
        assertThatThrownBy(() -> new DriftThresholds(0, 8, 2, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DriftThresholds(3, 8, 2, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
