package org.coproduction.sessions.domain.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.coproduction.sessions.domain.FollowUpStatus;
import org.junit.jupiter.api.Test;

class FollowUpRulesTest {
    static final Instant END = Instant.parse("2027-03-29T18:30:00Z");
    final UUID ann = UUID.randomUUID();
    final UUID bea = UUID.randomUUID();

    @Test
    void dueTheConfiguredTimeAfterTheSessionEnds() {
        assertThat(new FollowUpRules(Duration.ofDays(7)).dueBy(END)).isEqualTo(Instant.parse("2027-04-05T18:30:00Z"));
        assertThat(new FollowUpRules(Duration.ofHours(1)).dueBy(END)).isEqualTo(Instant.parse("2027-03-29T19:30:00Z"));
    }

    @Test
    void aFollowUpMustBeDueAfterTheSession() {
        assertThatThrownBy(() -> new FollowUpRules(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FollowUpRules(Duration.ofDays(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FollowUpRules(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void overdueOnlyWhileStillOfferedAndAfterItsDueTime() {
        Instant due = END.plus(Duration.ofDays(7));
        assertThat(FollowUpRules.overdue(FollowUpStatus.OFFERED, due, due)).isFalse();
        assertThat(FollowUpRules.overdue(FollowUpStatus.OFFERED, due, due.plusSeconds(1)))
                .isTrue();
        assertThat(FollowUpRules.overdue(FollowUpStatus.ARRANGED, due, due.plusSeconds(1)))
                .isFalse();
        assertThat(FollowUpRules.overdue(FollowUpStatus.DECLINED, due, due.plusSeconds(1)))
                .isFalse();
    }

    @Test
    void offeredOnceToEachAttendeeOfASensitiveSessionOnly() {
        assertThat(FollowUpRules.toOffer(true, List.of(ann, bea), List.of())).containsExactly(ann, bea);
        assertThat(FollowUpRules.toOffer(true, List.of(ann, bea), List.of(ann))).containsExactly(bea);
        assertThat(FollowUpRules.toOffer(true, List.of(ann), List.of(ann))).isEmpty();
        assertThat(FollowUpRules.toOffer(false, List.of(ann, bea), List.of())).isEmpty();
        assertThat(FollowUpRules.toOffer(true, List.of(), List.of())).isEmpty();
    }

    @Test
    void declinedUntilArrangedAndArrangedOnce() {
        assertThat(FollowUpRules.canDecline(FollowUpStatus.OFFERED)).isTrue();
        assertThat(FollowUpRules.canDecline(FollowUpStatus.DECLINED)).isTrue();
        assertThat(FollowUpRules.canDecline(FollowUpStatus.ARRANGED)).isFalse();
        assertThat(FollowUpRules.canArrange(FollowUpStatus.OFFERED)).isTrue();
        assertThat(FollowUpRules.canArrange(FollowUpStatus.DECLINED)).isTrue();
        assertThat(FollowUpRules.canArrange(FollowUpStatus.ARRANGED)).isFalse();
    }
}
