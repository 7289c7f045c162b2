package org.coproduction.sessions.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.coproduction.sessions.domain.AccessNeed;
import org.coproduction.sessions.domain.SessionFormat;
import org.junit.jupiter.api.Test;

/** A quiet space arranged, and the quiet space every invitee of a sensitive session needs. */
class SensitiveSessionAccessTest {
    final AccessRules rules = new AccessRules();
    final UUID ann = UUID.randomUUID();
    final UUID bea = UUID.randomUUID();

    static Provision provision(SessionFormat format, boolean quietSpace, boolean sensitive, AccessNeed... features) {
        return new Provision(format, Set.of(features), Set.of(), false, false, false, false, quietSpace, sensitive);
    }

    AttendeeNeeds needing(UUID id, AccessNeed... needs) {
        return new AttendeeNeeds(id, Set.of(needs), null);
    }

    @Test
    void aQuietSpaceArrangedMeetsTheNeedWhereTheVenueHasNone() {
        assertThat(rules.gaps(
                        provision(SessionFormat.IN_PERSON, true, false), List.of(needing(ann, AccessNeed.QUIET_SPACE))))
                .isEmpty();
        assertThat(rules.gaps(
                        provision(SessionFormat.IN_PERSON, false, false),
                        List.of(needing(ann, AccessNeed.QUIET_SPACE))))
                .extracting(AccessGap::detail)
                .containsExactly("needs a quiet space; the venue has none");
    }

    @Test
    void aSensitiveSessionWithNoQuietSpaceIsAGapForEveryInviteeOnce() {
        List<AccessGap> gaps = rules.gaps(
                provision(SessionFormat.IN_PERSON, false, true),
                List.of(needing(ann, AccessNeed.QUIET_SPACE), needing(bea)));
        assertThat(gaps)
                .containsExactly(
                        new AccessGap(ann, AccessNeed.QUIET_SPACE, AccessRules.SENSITIVE_WITHOUT_QUIET_SPACE),
                        new AccessGap(bea, AccessNeed.QUIET_SPACE, AccessRules.SENSITIVE_WITHOUT_QUIET_SPACE));
    }

    @Test
    void evenOnlineASensitiveSessionNeedsABreakOutRoomArranged() {
        assertThat(rules.gaps(provision(SessionFormat.ONLINE, false, true), List.of(needing(ann))))
                .extracting(AccessGap::detail)
                .containsExactly(AccessRules.SENSITIVE_WITHOUT_QUIET_SPACE);
        assertThat(rules.gaps(provision(SessionFormat.ONLINE, true, true), List.of(needing(ann))))
                .isEmpty();
    }

    @Test
    void theArrangementOrTheVenueFeatureMeetsASensitiveSession() {
        assertThat(rules.gaps(provision(SessionFormat.IN_PERSON, true, true), List.of(needing(ann))))
                .isEmpty();
        assertThat(rules.gaps(
                        provision(SessionFormat.HYBRID, false, true, AccessNeed.QUIET_SPACE),
                        List.of(needing(ann, AccessNeed.QUIET_SPACE))))
                .isEmpty();
    }

    @Test
    void otherGapsOfASensitiveSessionStayAndKeepTheirOrder() {
        List<AccessGap> gaps = rules.gaps(
                provision(SessionFormat.IN_PERSON, false, true),
                List.of(needing(ann, AccessNeed.STEP_FREE_ACCESS, AccessNeed.REGULAR_BREAKS)));
        assertThat(gaps)
                .extracting(AccessGap::need)
                .containsExactly(AccessNeed.STEP_FREE_ACCESS, AccessNeed.QUIET_SPACE, AccessNeed.REGULAR_BREAKS);
    }

    @Test
    void noInviteesNoGaps() {
        assertThat(rules.gaps(provision(SessionFormat.IN_PERSON, false, true), List.of()))
                .isEmpty();
    }
}
