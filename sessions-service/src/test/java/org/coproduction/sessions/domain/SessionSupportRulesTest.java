package org.coproduction.sessions.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.coproduction.sessions.domain.SessionShapeRules.Violation;
import org.junit.jupiter.api.Test;

class SessionSupportRulesTest {
    final SessionSupportRules rules = new SessionSupportRules();
    final UUID sensitive = UUID.randomUUID();

    @Test
    void trainingTopicsOnlyOnTrainingSessions() {
        assertThat(rules.check(SessionType.TRAINING, List.of(TrainingTopic.FACILITATION), null, null))
                .isEmpty();
        assertThat(rules.check(SessionType.WORKSHOP, List.of(TrainingTopic.FACILITATION), null, null))
                .containsExactly(new Violation("trainingTopics", "only a TRAINING session has training topics"));
        assertThat(rules.check(SessionType.WORKSHOP, List.of(), null, null)).isEmpty();
        assertThat(rules.check(SessionType.WORKSHOP, null, null, null)).isEmpty();
    }

    @Test
    void aFollowUpIsAMentoringSessionAfterASensitiveOne() {
        assertThat(rules.check(SessionType.MENTORING, null, sensitive, true)).isEmpty();
        assertThat(rules.check(SessionType.MEETING, null, sensitive, true))
                .extracting(Violation::field)
                .containsExactly("followUpOf");
        assertThat(rules.check(SessionType.MENTORING, null, sensitive, false))
                .containsExactly(new Violation("followUpOf", "the session is not on a sensitive topic"));
        assertThat(rules.check(SessionType.MENTORING, null, sensitive, null))
                .containsExactly(new Violation("followUpOf", "there is no session with this id"));
        assertThat(rules.check(SessionType.MENTORING, null, null, null)).isEmpty();
    }

    @Test
    void aMissingTypeIsReportedElsewhereNotHere() {
        assertThat(rules.check(null, List.of(TrainingTopic.FACILITATION), null, null))
                .isEmpty();
    }
}
