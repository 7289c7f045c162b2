package org.coproduction.sessions.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The session's own rules, without a database: its length, moving it and calling it off. */
class SessionEntityTest {
    static final Instant START = Instant.parse("2027-03-29T17:00:00Z");
    static final Instant END = Instant.parse("2027-03-29T18:30:00Z");

    static Session scheduled() {
        Session s = new Session();
        s.id = UUID.randomUUID();
        s.title = "Planning";
        s.start = START;
        s.end = END;
        s.timeZone = "Europe/London";
        return s;
    }

    @Test
    void aNewSessionIsScheduledWithNothingRecorded() {
        Session s = new Session();
        assertThat(s.status).isEqualTo(SessionStatus.SCHEDULED);
        assertThat(s.isScheduled()).isTrue();
        assertThat(s.invitees).isEmpty();
        assertThat(s.interpretation).isEmpty();
        assertThat(s.decisions).isEmpty();
        assertThat(s.actions).isEmpty();
        assertThat(s.attended).isEmpty();
        assertThat(s.captions || s.breaks || s.largePrintMaterials || s.easyReadMaterials)
                .isFalse();
    }

    @Test
    void itsLengthIsTheTimeFromStartToEnd() {
        assertThat(scheduled().length()).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void reschedulingMovesStartEndAndZone() {
        Session s = scheduled();
        Instant newStart = Instant.parse("2027-04-05T08:00:00Z");
        Instant newEnd = Instant.parse("2027-04-05T10:00:00Z");

        s.reschedule(newStart, newEnd, "America/New_York");

        assertThat(s.start).isEqualTo(newStart);
        assertThat(s.end).isEqualTo(newEnd);
        assertThat(s.timeZone).isEqualTo("America/New_York");
        assertThat(s.length()).isEqualTo(Duration.ofHours(2));
        assertThat(s.isScheduled()).isTrue();
    }

    @Test
    void cancellingKeepsTheReasonWithoutSurroundingSpaceAndTheMoment() {
        Session s = scheduled();
        Instant at = Instant.parse("2027-03-20T10:00:00Z");

        s.cancel("  The venue is flooded.\n", at);

        assertThat(s.status).isEqualTo(SessionStatus.CANCELLED);
        assertThat(s.isScheduled()).isFalse();
        assertThat(s.cancelReason).isEqualTo("The venue is flooded.");
        assertThat(s.cancelledAt).isEqualTo(at);
    }

    @Test
    void aCancelledSessionCannotBeMovedAndKeepsItsTimes() {
        Session s = scheduled();
        s.cancel("Called off.", Instant.parse("2027-03-20T10:00:00Z"));

        assertThatThrownBy(() -> s.reschedule(START.plusSeconds(3600), END.plusSeconds(3600), "Europe/London"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CANCELLED");
        assertThat(s.start).isEqualTo(START);
        assertThat(s.end).isEqualTo(END);
    }

    @Test
    void aCompletedSessionCanNeitherMoveNorBeCancelled() {
        Session s = scheduled();
        s.status = SessionStatus.COMPLETED;

        assertThat(s.isScheduled()).isFalse();
        assertThatThrownBy(() -> s.cancel("Too late.", Instant.now()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("COMPLETED");
        assertThatThrownBy(() -> s.reschedule(START, END, "UTC")).isInstanceOf(IllegalStateException.class);
        assertThat(s.cancelReason).isNull();
        assertThat(s.cancelledAt).isNull();
    }

    @Test
    void creationAndChangeTimesAreStampedByTheLifecycleHooks() {
        Session s = scheduled();
        Instant before = Instant.now();

        s.created();

        assertThat(s.createdAt).isAfterOrEqualTo(before);
        assertThat(s.updatedAt).isEqualTo(s.createdAt);

        Instant created = s.createdAt;
        s.updated();
        assertThat(s.createdAt).isEqualTo(created);
        assertThat(s.updatedAt).isAfterOrEqualTo(created);
    }

    @Test
    void onlyAnInviteeAnswersAScheduledSessionAndOnlyWithComingOrNotComing() {
        Session s = scheduled();
        UUID aisha = UUID.randomUUID();
        UUID ben = UUID.randomUUID();
        s.invitees.add(aisha);
        s.invitees.add(ben);
        assertThat(s.answerOf(aisha)).isEqualTo(InvitationAnswer.PENDING);
        assertThatThrownBy(() -> s.answer(UUID.randomUUID(), InvitationAnswer.COMING, null, START))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.answer(aisha, InvitationAnswer.PENDING, null, START))
                .isInstanceOf(IllegalArgumentException.class);

        s.answer(aisha, InvitationAnswer.NOT_COMING, "Away", START);
        s.answer(ben, InvitationAnswer.COMING, null, START);
        assertThat(s.notComing(aisha)).isTrue();
        assertThat(s.notComing(ben)).isFalse();
        assertThat(s.comingCount()).isEqualTo(1);

        // An answer left behind by someone no longer invited counts for nothing.
        s.invitees.remove(ben);
        assertThat(s.answerOf(ben)).isEqualTo(InvitationAnswer.PENDING);
        assertThat(s.comingCount()).isZero();

        s.cancel("Flooded", END);
        assertThatThrownBy(() -> s.answer(aisha, InvitationAnswer.COMING, null, START))
                .isInstanceOf(IllegalStateException.class);
    }
}
