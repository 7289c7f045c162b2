package org.coproduction.notifications.digest.due;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduction.notifications.client.Participant;
import org.coproduction.notifications.delivery.SkipRule;
import org.coproduction.notifications.privacy.ErasedParticipants;
import org.coproduction.notifications.support.TestConfig;
import org.junit.jupiter.api.Test;

/** Who is due now, and what their digest covers: plain Java, with the earlier digests given rather than read. */
class DigestPlannerTest {

    /** Monday 29 March 2027, 09:00 in London (summer time): an hour after the send hour. */
    private static final Instant MONDAY_MORNING = Instant.parse("2027-03-29T08:00:00Z");

    private static final Instant SEND_TIME = Instant.parse("2027-03-29T07:00:00Z");

    private final TestConfig config = new TestConfig();
    private final Map<UUID, LastDigest> earlier = new HashMap<>();
    private final List<Collection<UUID>> asked = new java.util.ArrayList<>();
    private final DuePeriods periods = new DuePeriods(null) {
        @Override
        public Map<UUID, LastDigest> lastDigests(Collection<UUID> participantIds) {
            asked.add(List.copyOf(participantIds));
            Map<UUID, LastDigest> found = new HashMap<>();
            participantIds.stream().filter(earlier::containsKey).forEach(id -> found.put(id, earlier.get(id)));
            return found;
        }
    };
    private final java.util.Set<UUID> erasedIds = new java.util.HashSet<>();
    private final ErasedParticipants erased = new ErasedParticipants(null, null) {
        @Override
        public java.util.Set<UUID> erasedAmong(Collection<UUID> participantIds) {
            return participantIds.stream().filter(erasedIds::contains).collect(java.util.stream.Collectors.toSet());
        }
    };
    private final java.util.Set<UUID> unsubscribedIds = new java.util.HashSet<>();
    private final org.coproduction.notifications.digest.unsubscribe.Unsubscribes unsubscribes =
            new org.coproduction.notifications.digest.unsubscribe.Unsubscribes(null) {
                @Override
                public java.util.Set<UUID> among(Collection<UUID> participantIds) {
                    return participantIds.stream()
                            .filter(unsubscribedIds::contains)
                            .collect(java.util.stream.Collectors.toSet());
                }
            };
    private final DigestPlanner planner = new DigestPlanner(periods, new SkipRule(false), config, erased, unsubscribes);

    @Test
    void someoneWhoUnsubscribedByTheirLinkGetsNoDigestNotEvenAForcedOne() {
        Participant kept = person("WEEKLY", "MONDAY", "Europe/London", "ACTIVE");
        Participant gone = person("WEEKLY", "MONDAY", "Europe/London", "ACTIVE");
        unsubscribedIds.add(gone.id());

        assertThat(planner.due(List.of(kept, gone), false, MONDAY_MORNING))
                .extracting(NewDigest::participantId)
                .containsExactly(kept.id());
        assertThat(planner.due(List.of(gone), true, MONDAY_MORNING)).isEmpty();
    }

    @Test
    void someoneErasedAfterTheirRecordWasReadGetsNoDigest() {
        Participant kept = person("WEEKLY", "MONDAY", "Europe/London", "ACTIVE");
        Participant gone = person("WEEKLY", "MONDAY", "Europe/London", "ACTIVE");
        erasedIds.add(gone.id());

        List<NewDigest> due = planner.due(List.of(kept, gone), false, MONDAY_MORNING);

        assertThat(due).extracting(NewDigest::participantId).containsExactly(kept.id());
        assertThat(planner.due(List.of(gone), true, MONDAY_MORNING)).isEmpty();
    }

    @Test
    void aNewcomerIsDueAtTheirFirstSendTimeAndLooksBackTheConfiguredTime() {
        Participant newcomer = person("WEEKLY", "MONDAY", "Europe/London", "ACTIVE");

        List<NewDigest> due = planner.due(List.of(newcomer), false, MONDAY_MORNING);

        assertThat(due)
                .containsExactly(new NewDigest(
                        newcomer.id(),
                        "WEEKLY:2027-03-29",
                        LocalDate.of(2027, 3, 29),
                        SEND_TIME.minus(Duration.ofDays(14)),
                        SEND_TIME));
    }

    @Test
    void theNextDigestStartsWhereTheLastSentOneEnded() {
        Participant regular = person("WEEKLY", "MONDAY", "Europe/London", "ACTIVE");
        Instant lastEnded = Instant.parse("2027-03-22T08:00:00Z");
        earlier.put(regular.id(), new LastDigest(LocalDate.of(2027, 3, 22), lastEnded));

        List<NewDigest> due = planner.due(List.of(regular), false, MONDAY_MORNING);

        assertThat(due).hasSize(1);
        assertThat(due.get(0).contentSince()).isEqualTo(lastEnded);
        assertThat(due.get(0).contentUntil()).isEqualTo(SEND_TIME);
    }

    @Test
    void someoneWhosePeriodIsAlreadyClaimedIsNotDueAgain() {
        Participant done = person("WEEKLY", "MONDAY", "Europe/London", "ACTIVE");
        earlier.put(done.id(), new LastDigest(LocalDate.of(2027, 3, 29), null));

        assertThat(planner.due(List.of(done), false, MONDAY_MORNING)).isEmpty();
    }

    @Test
    void theSendHourIsLocalToEachPersonsZone() {
        // 08:00 UTC is 17:00 in Tokyo (long due) and 04:00 in New York (not yet due today).
        Participant tokyo = person("WEEKLY", "MONDAY", "Asia/Tokyo", "ACTIVE");
        Participant newYork = person("WEEKLY", "MONDAY", "America/New_York", "ACTIVE");
        earlier.put(newYork.id(), new LastDigest(LocalDate.of(2027, 3, 22), null));

        List<NewDigest> due = planner.due(List.of(tokyo, newYork), false, MONDAY_MORNING);

        assertThat(due).extracting(NewDigest::participantId).containsExactly(tokyo.id());
        assertThat(due.get(0).contentUntil()).isEqualTo(Instant.parse("2027-03-28T23:00:00Z"));
    }

    @Test
    void aMissingOrUnknownDayMeansMondayAndAMissingZoneTheDefault() {
        Participant noDay = person("WEEKLY", null, null, "ACTIVE");
        Participant oddDay = person("WEEKLY", "Caturday", "Nowhere/Else", "ACTIVE");

        List<NewDigest> due = planner.due(List.of(noDay, oddDay), false, MONDAY_MORNING);

        assertThat(due).extracting(NewDigest::periodKey).containsExactly("WEEKLY:2027-03-29", "WEEKLY:2027-03-29");
        assertThat(due).extracting(NewDigest::contentUntil).containsOnly(SEND_TIME);
    }

    @Test
    void theDeploymentsSendHourAndDefaultZoneAreUsed() {
        config.sendHour = 10;
        config.defaultZone = "Asia/Tokyo";
        Participant noZone = person("WEEKLY", "MONDAY", null, "ACTIVE");

        List<NewDigest> due = planner.due(List.of(noZone), false, MONDAY_MORNING);

        // Monday 10:00 in Tokyo is 01:00 UTC.
        assertThat(due)
                .singleElement()
                .satisfies(d -> assertThat(d.contentUntil()).isEqualTo(Instant.parse("2027-03-29T01:00:00Z")));
    }

    @Test
    void forcedMeansOneExtraDigestNowWhateverTheSchedule() {
        Participant done = person("MONTHLY", "FRIDAY", "Europe/London", "ACTIVE");
        Instant lastEnded = Instant.parse("2027-03-05T08:00:00Z");
        earlier.put(done.id(), new LastDigest(LocalDate.of(2027, 3, 5), lastEnded));

        assertThat(planner.due(List.of(done), false, MONDAY_MORNING)).isEmpty();
        List<NewDigest> forced = planner.due(List.of(done), true, MONDAY_MORNING);

        assertThat(forced).containsExactly(NewDigest.forced(done.id(), lastEnded, MONDAY_MORNING));
    }

    @Test
    void aForcedDigestIsThePeriodsDigestWhenOneIsDueSoTheScheduleSendsNoSecond() {
        Participant due = person("WEEKLY", "MONDAY", "Europe/London", "ACTIVE");

        List<NewDigest> forced = planner.due(List.of(due), true, MONDAY_MORNING);

        assertThat(forced).singleElement().satisfies(d -> {
            assertThat(d.periodKey()).isEqualTo("WEEKLY:2027-03-29");
            assertThat(d.periodDate()).isEqualTo(LocalDate.of(2027, 3, 29));
            assertThat(d.contentUntil()).isEqualTo(MONDAY_MORNING);
        });
    }

    @Test
    void aForcedRunThatDoesNotCountForThePeriodMakesAnExtraDigest() {
        Participant due = person("WEEKLY", "MONDAY", "Europe/London", "ACTIVE");

        DigestPlanner.Plan plan = planner.plan(List.of(due), true, false, MONDAY_MORNING);

        assertThat(plan.due())
                .singleElement()
                .satisfies(d -> assertThat(d.periodKey()).isNull());
    }

    @Test
    void nobodyGetsADigestForAPeriodThatEndedBeforeTheyRegistered() {
        Participant newcomer = registeredAt("MONTHLY", Instant.parse("2027-03-10T12:00:00Z"));
        Participant older = registeredAt("MONTHLY", Instant.parse("2027-02-10T12:00:00Z"));

        DigestPlanner.Plan plan = planner.plan(List.of(newcomer, older), false, MONDAY_MORNING);

        // March's digest (Monday 1 March) was due before the newcomer registered: theirs is April's.
        assertThat(plan.due()).extracting(NewDigest::participantId).containsExactly(older.id());
        assertThat(plan.leftOut()).containsEntry(newcomer.id(), PeriodChoice.BEFORE_REGISTERING);
        // Forced, they still get one, as an extra outside the schedule.
        assertThat(planner.due(List.of(newcomer), true, MONDAY_MORNING))
                .singleElement()
                .satisfies(d -> assertThat(d.periodKey()).isNull());
    }

    @Test
    void peopleTheSkipRuleLeavesOutAreNeverDueNorLookedUp() {
        Participant paused = person("WEEKLY", "MONDAY", "Europe/London", "PAUSED");
        Participant never = person("NEVER", "MONDAY", "Europe/London", "ACTIVE");
        Participant active = person("WEEKLY", "MONDAY", "Europe/London", "ACTIVE");

        assertThat(planner.due(List.of(paused, never), true, MONDAY_MORNING)).isEmpty();
        assertThat(asked).isEmpty();
        assertThat(planner.due(List.of(paused, never, active), false, MONDAY_MORNING))
                .extracting(NewDigest::participantId)
                .containsExactly(active.id());
        assertThat(asked).containsExactly(List.of(active.id()));
    }

    @Test
    void sinceIsTheLastSentContentOrTheLookBackFromTheGivenStart() {
        config.firstLookBack = Duration.ofDays(7);
        Instant ended = Instant.parse("2027-03-01T00:00:00Z");

        assertThat(planner.since(LastDigest.NONE, SEND_TIME)).isEqualTo(SEND_TIME.minus(Duration.ofDays(7)));
        assertThat(planner.since(new LastDigest(LocalDate.of(2027, 3, 1), null), SEND_TIME))
                .isEqualTo(SEND_TIME.minus(Duration.ofDays(7)));
        assertThat(planner.since(new LastDigest(LocalDate.of(2027, 3, 1), ended), SEND_TIME))
                .isEqualTo(ended);
    }

    private static Participant person(String frequency, String day, String zone, String status) {
        return new Participant(
                UUID.randomUUID(),
                "Pat Example",
                "Pat",
                "pat@example.org",
                zone,
                status,
                new Participant.Language("en"),
                new Participant.Communication("EMAIL", frequency, day, "HTML"));
    }

    private static Participant registeredAt(String frequency, Instant createdAt) {
        Participant p = person(frequency, "MONDAY", "Europe/London", "ACTIVE");
        return new Participant(
                p.id(),
                p.name(),
                p.preferredName(),
                p.email(),
                p.timeZone(),
                p.status(),
                p.language(),
                p.communication(),
                null,
                createdAt,
                null,
                null);
    }
}
