package org.coproduction.sessions.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.coproduction.sessions.domain.SessionShapeRules.Shape;
import org.coproduction.sessions.domain.SessionShapeRules.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The boundaries of the shape rules and every format against every kind of venue. */
class SessionShapeRulesEdgeTest {
    static final Instant START = Instant.parse("2027-03-29T17:00:00Z");
    final SessionShapeRules rules = new SessionShapeRules();
    final UUID a = UUID.randomUUID();
    final UUID b = UUID.randomUUID();

    @Test
    void exactlyTwelveHoursIsAllowedAndOneSecondMoreIsNot() {
        assertThat(rules.check(new Shape(START, START.plus(Duration.ofHours(12)), SessionType.WORKSHOP, List.of(a))))
                .isEmpty();
        assertThat(rules.check(new Shape(
                        START, START.plus(Duration.ofHours(12)).plusSeconds(1), SessionType.WORKSHOP, List.of(a))))
                .containsExactly(new Violation("end", "a session may last at most 12 hours"));
        assertThat(SessionShapeRules.LONGEST_SESSION).isEqualTo(Duration.ofHours(12));
    }

    @Test
    void anEndBeforeTheStartIsReportedOnceNotAlsoAsTooLong() {
        assertThat(rules.check(new Shape(START, START.minus(Duration.ofDays(3)), SessionType.MEETING, List.of(a))))
                .containsExactly(new Violation("end", "must be after start"));
    }

    @Test
    void anEndAlreadyReportedIsNotJudgedButInviteesStillAre() {
        List<Violation> out =
                rules.check(new Shape(START, START, SessionType.MEETING, List.of(a, a)), Set.of("end")::contains);
        assertThat(out).containsExactly(new Violation("invitees", "must not list anyone twice"));
    }

    @Test
    void aMentoringSessionWithTheSamePersonTwiceBreaksBothInviteeRules() {
        assertThat(rules.check(new Shape(START, START.plusSeconds(3600), SessionType.MENTORING, List.of(a, a))))
                .extracting(Violation::message)
                .containsExactly("must not list anyone twice");
        assertThat(rules.check(new Shape(START, START.plusSeconds(3600), SessionType.MENTORING, List.of(a, a, b))))
                .extracting(Violation::message)
                .containsExactly(
                        "must not list anyone twice", "a MENTORING session is one-to-one: invite exactly two people");
        assertThat(rules.check(new Shape(START, START.plusSeconds(3600), SessionType.MENTORING, List.of(a, b))))
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(
            value = SessionType.class,
            names = {"MEETING", "WORKSHOP", "TRAINING"})
    void onlyMentoringCaresHowManyAreInvited(SessionType type) {
        assertThat(rules.check(new Shape(START, START.plusSeconds(3600), type, List.of(a))))
                .isEmpty();
        assertThat(rules.check(new Shape(START, START.plusSeconds(3600), type, List.of(a, b))))
                .isEmpty();
    }

    @Test
    void nothingKnownMeansNothingToJudge() {
        assertThat(rules.check(new Shape(null, null, null, null))).isEmpty();
        assertThat(rules.check(new Shape(START, null, SessionType.MENTORING, null)))
                .isEmpty();
    }

    @Test
    void everyFormatAgainstEveryVenue() {
        assertThat(rules.venueFits(SessionFormat.ONLINE, null)).isEmpty();
        assertThat(rules.venueFits(SessionFormat.ONLINE, VenueFormat.ONLINE)).isEmpty();
        assertThat(rules.venueFits(SessionFormat.ONLINE, VenueFormat.IN_PERSON))
                .contains(new Violation("venueId", "an ONLINE session needs an ONLINE venue or none"));
        for (SessionFormat format : List.of(SessionFormat.IN_PERSON, SessionFormat.HYBRID)) {
            assertThat(rules.venueFits(format, VenueFormat.IN_PERSON)).isEmpty();
            assertThat(rules.venueFits(format, null))
                    .contains(new Violation("venueId", "an " + format + " session needs a venue"));
            assertThat(rules.venueFits(format, VenueFormat.ONLINE))
                    .contains(new Violation("venueId", "an " + format + " session needs an IN_PERSON venue"));
        }
    }
}
