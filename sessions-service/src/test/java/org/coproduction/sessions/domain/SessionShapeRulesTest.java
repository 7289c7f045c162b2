package org.coproduction.sessions.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.coproduction.sessions.domain.SessionShapeRules.Shape;
import org.coproduction.sessions.domain.SessionShapeRules.Violation;
import org.junit.jupiter.api.Test;

class SessionShapeRulesTest {
    static final Instant SIX_PM = Instant.parse("2027-03-29T17:00:00Z");
    static final UUID AISHA = UUID.randomUUID();
    static final UUID BEN = UUID.randomUUID();
    static final UUID CARYS = UUID.randomUUID();

    final SessionShapeRules rules = new SessionShapeRules();

    @Test
    void anOrdinaryMeetingBreaksNoRule() {
        assertThat(rules.check(
                        shape(SIX_PM, SIX_PM.plusSeconds(5400), SessionType.MEETING, List.of(AISHA, BEN, CARYS))))
                .isEmpty();
    }

    @Test
    void theEndMustComeAfterTheStart() {
        assertThat(rules.check(shape(SIX_PM, SIX_PM, SessionType.MEETING, List.of(AISHA))))
                .containsExactly(new Violation("end", "must be after start"));
        assertThat(rules.check(shape(SIX_PM, SIX_PM.minusSeconds(60), SessionType.MEETING, List.of(AISHA))))
                .containsExactly(new Violation("end", "must be after start"));
    }

    @Test
    void aSessionLastsTwelveHoursAtMost() {
        Instant twelveHoursOn = SIX_PM.plus(SessionShapeRules.LONGEST_SESSION);
        assertThat(rules.check(shape(SIX_PM, twelveHoursOn, SessionType.WORKSHOP, List.of(AISHA))))
                .isEmpty();
        assertThat(rules.check(shape(SIX_PM, twelveHoursOn.plusSeconds(1), SessionType.WORKSHOP, List.of(AISHA))))
                .containsExactly(new Violation("end", "a session may last at most 12 hours"));
    }

    @Test
    void timesAlreadyReportedAreNotJudgedAgain() {
        Shape backwards = shape(SIX_PM, SIX_PM.minusSeconds(60), SessionType.MEETING, List.of(AISHA));
        assertThat(rules.check(backwards, field -> field.equals("start"))).isEmpty();
        assertThat(rules.check(backwards, field -> field.equals("end"))).isEmpty();
    }

    @Test
    void missingTimesAreLeftToTheRequiredFieldChecks() {
        assertThat(rules.check(shape(null, SIX_PM, SessionType.MEETING, List.of(AISHA))))
                .isEmpty();
        assertThat(rules.check(shape(SIX_PM, null, null, null))).isEmpty();
    }

    @Test
    void nobodyIsInvitedTwice() {
        assertThat(rules.check(shape(SIX_PM, SIX_PM.plusSeconds(60), SessionType.MEETING, List.of(AISHA, BEN, AISHA))))
                .containsExactly(new Violation("invitees", "must not list anyone twice"));
    }

    @Test
    void mentoringIsOneToOne() {
        assertThat(rules.check(shape(SIX_PM, SIX_PM.plusSeconds(60), SessionType.MENTORING, List.of(AISHA, BEN))))
                .isEmpty();
        Violation oneToOne = new Violation("invitees", "a MENTORING session is one-to-one: invite exactly two people");
        assertThat(rules.check(shape(SIX_PM, SIX_PM.plusSeconds(60), SessionType.MENTORING, List.of(AISHA))))
                .containsExactly(oneToOne);
        assertThat(rules.check(
                        shape(SIX_PM, SIX_PM.plusSeconds(60), SessionType.MENTORING, List.of(AISHA, BEN, CARYS))))
                .containsExactly(oneToOne);
        // Three entries naming two people break both rules, and both are said.
        assertThat(rules.check(
                        shape(SIX_PM, SIX_PM.plusSeconds(60), SessionType.MENTORING, List.of(AISHA, BEN, AISHA))))
                .containsExactly(new Violation("invitees", "must not list anyone twice"), oneToOne);
    }

    @Test
    void inviteesAlreadyReportedAreNotJudgedAgain() {
        assertThat(rules.check(
                        shape(SIX_PM, SIX_PM.plusSeconds(60), SessionType.MENTORING, List.of(AISHA, AISHA, BEN)),
                        Set.of("invitees")::contains))
                .isEmpty();
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        assertThat(rules.check(shape(SIX_PM, SIX_PM, SessionType.MENTORING, List.of(AISHA, AISHA, BEN))))
                .extracting(Violation::field)
                .containsExactly("end", "invitees", "invitees");
    }

    @Test
    void onlineSessionsTakeAnOnlineVenueOrNone() {
        assertThat(rules.venueFits(SessionFormat.ONLINE, null)).isEmpty();
        assertThat(rules.venueFits(SessionFormat.ONLINE, VenueFormat.ONLINE)).isEmpty();
        assertThat(rules.venueFits(SessionFormat.ONLINE, VenueFormat.IN_PERSON))
                .contains(new Violation("venueId", "an ONLINE session needs an ONLINE venue or none"));
    }

    @Test
    void inPersonAndHybridSessionsNeedARoom() {
        for (SessionFormat format : List.of(SessionFormat.IN_PERSON, SessionFormat.HYBRID)) {
            assertThat(rules.venueFits(format, VenueFormat.IN_PERSON)).isEmpty();
            assertThat(rules.venueFits(format, null))
                    .contains(new Violation("venueId", "an " + format + " session needs a venue"));
            assertThat(rules.venueFits(format, VenueFormat.ONLINE))
                    .contains(new Violation("venueId", "an " + format + " session needs an IN_PERSON venue"));
        }
    }

    static Shape shape(Instant start, Instant end, SessionType type, List<UUID> invitees) {
        return new Shape(start, end, type, invitees);
    }
}
