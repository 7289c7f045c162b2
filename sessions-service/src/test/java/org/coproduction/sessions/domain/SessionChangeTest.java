package org.coproduction.sessions.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.coproduction.sessions.domain.SessionChange.Snapshot;
import org.junit.jupiter.api.Test;

class SessionChangeTest {
    static final Instant START = Instant.parse("2027-03-29T17:00:00Z");
    static final Instant END = Instant.parse("2027-03-29T18:30:00Z");
    static final UUID AISHA = UUID.randomUUID();
    static final UUID BEN = UUID.randomUUID();
    static final UUID CARYS = UUID.randomUUID();
    static final UUID HALL = UUID.randomUUID();
    static final UUID LIBRARY = UUID.randomUUID();

    static final Snapshot BEFORE = new Snapshot(
            START, END, "Europe/London", SessionFormat.HYBRID, HALL, "https://meet.example.org/a", Set.of(AISHA, BEN));

    @Test
    void nothingThatMattersForTurningUpChangedMeansNoNotice() {
        SessionChange change = SessionChange.between(BEFORE, copy(BEFORE));
        assertThat(change.moved()).isFalse();
        assertThat(change.placeChanged()).isFalse();
        assertThat(change.worthTelling()).isFalse();
    }

    @Test
    void aNewStartEndOrZoneIsAMove() {
        assertThat(SessionChange.between(BEFORE, with(START.plusSeconds(3600), END, "Europe/London"))
                        .moved())
                .isTrue();
        assertThat(SessionChange.between(BEFORE, with(START, END.plusSeconds(1800), "Europe/London"))
                        .moved())
                .isTrue();
        // The same instants in another zone read as other local times in the notice and the calendar file.
        SessionChange otherZone = SessionChange.between(BEFORE, with(START, END, "Europe/Dublin"));
        assertThat(otherZone.moved()).isTrue();
        assertThat(otherZone.placeChanged()).isFalse();
        assertThat(otherZone.worthTelling()).isTrue();
    }

    @Test
    void aNewFormatVenueOrLinkIsANewPlace() {
        Snapshot online = new Snapshot(
                START, END, "Europe/London", SessionFormat.ONLINE, HALL, BEFORE.joiningLink(), BEFORE.invitees());
        Snapshot library = new Snapshot(
                START, END, "Europe/London", SessionFormat.HYBRID, LIBRARY, BEFORE.joiningLink(), BEFORE.invitees());
        Snapshot noVenue = new Snapshot(
                START, END, "Europe/London", SessionFormat.HYBRID, null, BEFORE.joiningLink(), BEFORE.invitees());
        Snapshot newLink = new Snapshot(
                START,
                END,
                "Europe/London",
                SessionFormat.HYBRID,
                HALL,
                "https://meet.example.org/b",
                BEFORE.invitees());
        for (Snapshot after : new Snapshot[] {online, library, noVenue, newLink}) {
            SessionChange change = SessionChange.between(BEFORE, after);
            assertThat(change.placeChanged()).as(after.toString()).isTrue();
            assertThat(change.moved()).isFalse();
            assertThat(change.worthTelling()).isTrue();
        }
    }

    @Test
    void everyoneInvitedBeforeOrAfterIsToldAndNobodyTwice() {
        Snapshot after = new Snapshot(
                START.plusSeconds(3600),
                END.plusSeconds(3600),
                "Europe/London",
                SessionFormat.HYBRID,
                HALL,
                BEFORE.joiningLink(),
                Set.of(BEN, CARYS));

        SessionChange change = SessionChange.between(BEFORE, after);
        // Aisha was taken off the list: she must still hear that the session she expected is not hers now.
        // Carys is new: she gets an invitation with the new details, not news of a change.
        assertThat(change.toTell()).containsExactlyInAnyOrder(AISHA, BEN);
        assertThat(change.newcomers()).containsExactly(CARYS);
    }

    @Test
    void onlyPeopleAddedAreNewcomersAndAMoveWithNobodyToTellIsNoNotice() {
        Snapshot fewer = new Snapshot(
                START, END, "Europe/London", SessionFormat.HYBRID, HALL, BEFORE.joiningLink(), Set.of(BEN));
        assertThat(SessionChange.between(BEFORE, fewer).newcomers()).isEmpty();
        assertThat(SessionChange.between(BEFORE, copy(BEFORE)).newcomers()).isEmpty();

        Snapshot nobody =
                new Snapshot(START, END, "Europe/London", SessionFormat.HYBRID, HALL, BEFORE.joiningLink(), Set.of());
        Snapshot movedWithAisha = new Snapshot(
                START.plusSeconds(3600),
                END.plusSeconds(3600),
                "Europe/London",
                SessionFormat.HYBRID,
                HALL,
                BEFORE.joiningLink(),
                Set.of(AISHA));
        SessionChange change = SessionChange.between(nobody, movedWithAisha);
        assertThat(change.moved()).isTrue();
        assertThat(change.toTell()).isEmpty();
        assertThat(change.newcomers()).containsExactly(AISHA);
        assertThat(change.worthTelling()).isFalse();
    }

    @Test
    void aSnapshotIsTakenFromTheSessionAndDoesNotFollowIt() {
        Session s = new Session();
        s.project = new Project();
        s.project.name = "Crisis line redesign";
        s.title = "Planning";
        s.type = SessionType.MEETING;
        s.start = START;
        s.end = END;
        s.timeZone = "Europe/London";
        s.format = SessionFormat.HYBRID;
        s.version = 4;
        Venue hall = new Venue();
        hall.id = HALL;
        hall.name = "Community Hall";
        s.venue = hall;
        s.joiningLink = "https://meet.example.org/a";
        s.invitees.addAll(Set.of(AISHA, BEN));

        Snapshot taken = Snapshot.of(s);
        s.invitees.add(CARYS);
        s.reschedule(START.plusSeconds(3600), END.plusSeconds(3600), "Europe/London");

        assertThat(copy(taken)).isEqualTo(BEFORE);
        // The facts a change notice sends as "previous": as the session was, at its version then.
        assertThat(taken.facts().start()).isEqualTo(START);
        assertThat(taken.facts().venue()).isEqualTo(new SessionFacts.Place("Community Hall", null));
        assertThat(taken.facts().purpose()).isNull();
        assertThat(taken.facts().sequence()).isEqualTo(4);
        SessionChange change = SessionChange.between(taken, Snapshot.of(s));
        assertThat(change.moved()).isTrue();
        assertThat(change.toTell()).containsExactlyInAnyOrder(AISHA, BEN);
        assertThat(change.newcomers()).containsExactly(CARYS);
    }

    @Test
    void aCancelledSessionKeepsItsReasonAndCanNeitherMoveNorBeCancelledAgain() {
        Session s = new Session();
        s.start = START;
        s.end = END;
        s.timeZone = "Europe/London";
        Instant at = Instant.parse("2027-03-20T09:00:00Z");

        s.cancel("  Snow  ", at);

        assertThat(s.status).isEqualTo(SessionStatus.CANCELLED);
        assertThat(s.cancelReason).isEqualTo("Snow");
        assertThat(s.cancelledAt).isEqualTo(at);
        assertThatThrownBy(() -> s.reschedule(END, END.plusSeconds(60), "Europe/London"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> s.cancel("again", at)).isInstanceOf(IllegalStateException.class);
        assertThat(s.start).isEqualTo(START);
    }

    static Snapshot copy(Snapshot s) {
        return new Snapshot(s.start(), s.end(), s.timeZone(), s.format(), s.venueId(), s.joiningLink(), s.invitees());
    }

    static Snapshot with(Instant start, Instant end, String zone) {
        return new Snapshot(
                start, end, zone, BEFORE.format(), BEFORE.venueId(), BEFORE.joiningLink(), BEFORE.invitees());
    }
}
