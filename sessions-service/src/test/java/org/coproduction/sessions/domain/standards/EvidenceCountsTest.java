package org.coproduction.sessions.domain.standards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.coproduction.sessions.domain.AccessNeed;
import org.coproduction.sessions.domain.SessionFormat;
import org.coproduction.sessions.domain.access.AttendeeNeeds;
import org.coproduction.sessions.domain.access.Provision;
import org.coproduction.sessions.domain.support.SupportRequest;
import org.coproduction.sessions.domain.support.SupportWait;
import org.junit.jupiter.api.Test;

class EvidenceCountsTest {
    static final Instant ASKED = Instant.parse("2026-06-01T10:00:00Z");

    static Provision room(Set<AccessNeed> venue, Set<String> interpretation, boolean largePrint, boolean sensitive) {
        return new Provision(
                SessionFormat.IN_PERSON, venue, interpretation, false, largePrint, false, false, false, sensitive);
    }

    @Test
    void accessGapsTheVenueAloneLeftAndTheArrangementsClosed() {
        AttendeeNeeds signs = new AttendeeNeeds(
                UUID.randomUUID(), Set.of(AccessNeed.BSL_INTERPRETER, AccessNeed.STEP_FREE_ACCESS), "bfi");
        AttendeeNeeds reads = new AttendeeNeeds(UUID.randomUUID(), Set.of(AccessNeed.LARGE_PRINT), null);
        Set<AccessNeed> stepFree = Set.of(AccessNeed.STEP_FREE_ACCESS);
        // The venue alone leaves the interpreter and large print (2); the interpreter was booked: 1 closed.
        SessionAccess first = new SessionAccess(
                room(stepFree, Set.of(), false, false),
                room(stepFree, Set.of("bfi"), false, false),
                List.of(signs, reads));
        // No step-free access and nothing arranged: 2 gaps, none closed. Large print arranged for the other: 1 of 1.
        SessionAccess second = new SessionAccess(
                room(Set.of(), Set.of(), false, false), room(Set.of(), Set.of(), false, false), List.of(signs));
        SessionAccess third = new SessionAccess(
                room(Set.of(), Set.of(), false, false), room(Set.of(), Set.of(), true, false), List.of(reads));

        assertThat(EvidenceCounts.accessGapsClosed(List.of(first, second, third)))
                .isEqualTo(Measure.of(2, 5));
        assertThat(EvidenceCounts.accessGapsClosed(List.of())).isEqualTo(Measure.of(0, 0));
    }

    @Test
    void aSensitiveSessionsQuietSpaceCountsForEveryoneExpected() {
        AttendeeNeeds a = new AttendeeNeeds(UUID.randomUUID(), Set.of(), null);
        AttendeeNeeds b = new AttendeeNeeds(UUID.randomUUID(), Set.of(AccessNeed.QUIET_SPACE), null);
        Provision alone = room(Set.of(), Set.of(), false, true);
        Provision quiet =
                new Provision(SessionFormat.IN_PERSON, Set.of(), Set.of(), false, false, false, false, true, true);
        assertThat(EvidenceCounts.accessGapsClosed(List.of(new SessionAccess(alone, quiet, List.of(a, b)))))
                .isEqualTo(Measure.of(2, 2));
    }

    @Test
    void moreThanOneWayIsHybridOrAChoiceOfOnlineAndInPerson() {
        assertThat(EvidenceCounts.moreThanOneWay(Map.of(SessionFormat.IN_PERSON, 3L, SessionFormat.HYBRID, 1L)))
                .isEqualTo(Measure.of(1, 4));
        assertThat(EvidenceCounts.moreThanOneWay(Map.of(SessionFormat.IN_PERSON, 3L, SessionFormat.ONLINE, 1L)))
                .isEqualTo(Measure.of(4, 4));
        assertThat(EvidenceCounts.moreThanOneWay(Map.of(SessionFormat.ONLINE, 2L)))
                .isEqualTo(Measure.of(0, 2));
        assertThat(EvidenceCounts.moreThanOneWay(Map.of())).isEqualTo(Measure.of(0, 0));
    }

    @Test
    void livedExperienceAmongThoseKnown() {
        assertThat(EvidenceCounts.livedExperience(List.of("LIVED_EXPERIENCE", "PRACTITIONER", "LIVED_EXPERIENCE")))
                .isEqualTo(Measure.of(2, 3));
    }

    @Test
    void actionsOwnedByLivedExperienceLeaveUnknownOwnersOut() {
        UUID lived = UUID.randomUUID();
        UUID practitioner = UUID.randomUUID();
        UUID erased = UUID.randomUUID();
        assertThat(EvidenceCounts.ownedByLivedExperience(
                        Map.of(lived, 3L, practitioner, 1L, erased, 5L),
                        Map.of(lived, "LIVED_EXPERIENCE", practitioner, "PRACTITIONER")))
                .isEqualTo(Measure.of(3, 4));
    }

    @Test
    void supportAskedForAndGiven() {
        UUID aisha = UUID.randomUUID();
        UUID ben = UUID.randomUUID();
        List<SupportRequest> requests = List.of(
                // Training and a mentor asked: two requests.
                new SupportRequest(aisha, List.of("FACILITATION"), "GROUP", ASKED, ASKED, null),
                // A mentor asked and given.
                new SupportRequest(ben, List.of(), null, null, ASKED, UUID.randomUUID()),
                // Interests but never asked: no request. Asked with no interests: nothing to give.
                new SupportRequest(UUID.randomUUID(), List.of("GOVERNANCE"), null, null, null, null),
                new SupportRequest(UUID.randomUUID(), List.of(), null, ASKED, null, null));
        List<SupportWait> waiting = List.of(
                new SupportWait(aisha, SupportWait.Kind.TRAINING, List.of("FACILITATION"), "GROUP", ASKED, 3),
                new SupportWait(aisha, SupportWait.Kind.MENTOR, null, "GROUP", ASKED, 3));
        assertThat(EvidenceCounts.supportGiven(requests, waiting)).isEqualTo(Measure.of(1, 3));
        assertThat(EvidenceCounts.supportGiven(List.of(), List.of())).isEqualTo(Measure.of(0, 0));
    }

    @Test
    void updatesReadableAtOrAboveTheTarget() {
        assertThat(EvidenceCounts.readable(List.of(60.0, 59.9, 80.0), 60)).isEqualTo(Measure.of(2, 3));
    }
}
