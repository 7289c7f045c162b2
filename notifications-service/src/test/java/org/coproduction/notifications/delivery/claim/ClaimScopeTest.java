package org.coproduction.notifications.delivery.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which rows a claim may take, as the claim query's extra condition. */
class ClaimScopeTest {

    @Test
    void everythingWaitingAddsNoCondition() {
        ClaimScope all = ClaimScope.all();
        assertThat(all.sql()).isEmpty();
        assertThat(all.value()).isNull();
    }

    @Test
    void oneRunsOrOneNoticesWorkIsMatchedByItsColumn() {
        UUID run = UUID.randomUUID();
        UUID notice = UUID.randomUUID();

        assertThat(ClaimScope.run(run).sql()).isEqualTo(" and run_id = :scope");
        assertThat(ClaimScope.run(run).value()).isEqualTo(run);
        assertThat(ClaimScope.notice(notice).sql()).isEqualTo(" and notice_id = :scope");
        assertThat(ClaimScope.notice(notice).value()).isEqualTo(notice);
    }

    @Test
    void givenDeliveriesAreMatchedAsAList() {
        List<UUID> ids = List.of(UUID.randomUUID(), UUID.randomUUID());
        ClaimScope scope = ClaimScope.ids(ids);

        assertThat(scope.sql()).isEqualTo(" and id in (:scope)");
        assertThat(scope.value()).isEqualTo(ids);
    }
}
