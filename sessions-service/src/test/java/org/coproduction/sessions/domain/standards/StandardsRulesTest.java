package org.coproduction.sessions.domain.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StandardsRulesTest {
    final StandardsRules rules = new StandardsRules();

    static StandardsFacts facts(Measure every) {
        return new StandardsFacts(
                every, every, every, every, every, every, every, every, every, every, every, every, every, every, every,
                every, 60);
    }

    @Test
    void allSevenStandardsAlwaysInTheirOrderWithTheirIndicators() {
        List<StandardEvidence> evidence = rules.evaluate(facts(Measure.of(0, 0)));

        assertThat(evidence).extracting(StandardEvidence::standard).containsExactly(Standard.values());
        assertThat(evidence)
                .extracting(e -> e.indicators().stream().map(Indicator::code).toList())
                .containsExactly(
                        List.of("INVITATIONS_ATTENDED", "ACCESS_GAPS_CLOSED", "LIVED_EXPERIENCE_ATTENDEES"),
                        List.of("PAYMENTS_WITHIN_14_DAYS", "SUPPORT_GIVEN"),
                        List.of("SESSIONS_WITH_14_DAYS_NOTICE", "ACTIONS_WITH_OWNER_AND_DATE"),
                        List.of("PROPOSALS_DECIDED_WITH_MEMBERS", "ACTIONS_OWNED_BY_LIVED_EXPERIENCE"),
                        List.of("SESSIONS_WITH_MORE_THAN_ONE_WAY", "INVITATIONS_ANSWERED_BEFORE"),
                        List.of("DIGESTS_ON_TIME", "OWN_LANGUAGE_AND_FORMAT", "UPDATES_READABLE"),
                        List.of("ACTIONS_COMPLETED", "SESSIONS_WITH_SUMMARY"));
        assertThat(Standard.WORKING_TOGETHER.title()).isEqualTo("Working together");
    }

    @Test
    void noWeakestWhenNothingHasAFigure() {
        assertThat(rules.weakest(rules.evaluate(facts(Measure.of(0, 0))))).isEmpty();
        assertThat(rules.weakest(rules.evaluate(facts(Measure.unavailable("Not available.")))))
                .isEmpty();
    }

    @Test
    void theWeakestIsTheLowestFigureAndTheFirstInOrderOnATie() {
        Measure half = Measure.of(1, 2);
        StandardsFacts f = new StandardsFacts(
                Measure.of(3, 4),
                half,
                Measure.of(0, 0),
                Measure.unavailable("Not available."),
                Measure.of(2, 3),
                Measure.of(1, 4),
                Measure.of(1, 1),
                Measure.of(1, 1),
                Measure.of(1, 1),
                Measure.of(2, 8),
                Measure.of(1, 1),
                Measure.of(1, 1),
                Measure.of(1, 1),
                Measure.of(1, 1),
                Measure.of(1, 1),
                Measure.of(1, 1),
                60);

        assertThat(rules.weakest(rules.evaluate(f)))
                .contains(new Weakest(
                        Standard.PLANNING,
                        "SESSIONS_WITH_14_DAYS_NOTICE",
                        "Arrange sessions at least two weeks ahead, so people can plan care, work and travel."));
    }

    @Test
    void everyIndicatorHasAdvice() {
        for (StandardEvidence e : rules.evaluate(facts(Measure.of(1, 2)))) {
            for (Indicator i : e.indicators()) {
                assertThat(StandardsRules.advice(i.code())).as(i.code()).endsWith(".");
            }
        }
        assertThatThrownBy(() -> StandardsRules.advice("NO_SUCH")).isInstanceOf(IllegalArgumentException.class);
    }
}
