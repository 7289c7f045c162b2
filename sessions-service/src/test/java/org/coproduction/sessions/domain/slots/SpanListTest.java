package org.coproduction.sessions.domain.slots;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpanListTest {

    private static SpanList spans(long... bounds) {
        List<long[]> list = new ArrayList<>();
        for (int i = 0; i < bounds.length; i += 2) {
            list.add(new long[] {bounds[i], bounds[i + 1]});
        }
        return SpanList.of(list);
    }

    @Test
    void anEmptyListOverlapsContainsAndCoversNothing() {
        assertThat(spans().overlaps(0, 10)).isFalse();
        assertThat(spans().contains(0, 10)).isFalse();
        assertThat(spans().covers(5)).isFalse();
    }

    @Test
    void spansAreHalfOpenSoTouchingIsNotOverlapping() {
        SpanList list = spans(10, 20);
        assertThat(list.overlaps(0, 10)).isFalse();
        assertThat(list.overlaps(5, 11)).isTrue();
        assertThat(list.overlaps(19, 30)).isTrue();
        assertThat(list.overlaps(20, 30)).isFalse();
    }

    @Test
    void overlapsFindsALaterSpanAfterPassingEarlierOnes() {
        SpanList list = spans(10, 20, 40, 50, 70, 80);
        assertThat(list.overlaps(0, 5)).isFalse();
        assertThat(list.overlaps(25, 35)).isFalse();
        assertThat(list.overlaps(45, 46)).isTrue();
        assertThat(list.overlaps(60, 71)).isTrue();
        assertThat(list.overlaps(80, 90)).isFalse();
        assertThat(list.overlaps(100, 200)).isFalse();
    }

    @Test
    void containsNeedsTheWholeRangeInsideOneSpan() {
        SpanList list = spans(10, 20, 30, 40);
        assertThat(list.contains(10, 20)).isTrue();
        assertThat(list.contains(15, 25)).isFalse();
        assertThat(list.contains(30, 35)).isTrue();
        assertThat(list.contains(25, 40)).isFalse();
        assertThat(list.contains(41, 45)).isFalse();
    }

    @Test
    void touchingSpansMergeSoARangeAcrossTheJoinIsContained() {
        // 18:00-19:00 then 19:00-20:00 hold a 90-minute slot from 18:15.
        SpanList list = spans(64_800, 68_400, 68_400, 72_000);
        assertThat(list.contains(65_700, 71_100)).isTrue();
    }

    @Test
    void overlappingAndNestedSpansMergeWhateverTheirOrder() {
        SpanList list = spans(50, 60, 10, 30, 20, 25, 28, 40);
        // 10-40 is one span now, 50-60 another: 35-55 crosses the gap.
        assertThat(list.contains(12, 39)).isTrue();
        assertThat(list.contains(35, 55)).isFalse();
        assertThat(list.contains(50, 60)).isTrue();
    }

    @Test
    void aGapBetweenSpansIsNotContained() {
        SpanList list = spans(10, 20, 21, 30);
        assertThat(list.contains(15, 25)).isFalse();
    }

    @Test
    void coversIsInclusiveAtTheStartAndExclusiveAtTheEnd() {
        SpanList list = spans(10, 20, 30, 40);
        assertThat(list.covers(5)).isFalse();
        assertThat(list.covers(10)).isTrue();
        assertThat(list.covers(19)).isTrue();
        assertThat(list.covers(20)).isFalse();
        assertThat(list.covers(30)).isTrue();
        assertThat(list.covers(40)).isFalse();
    }

    @Test
    void theInputListIsNotChanged() {
        List<long[]> input = new ArrayList<>(List.of(new long[] {30, 40}, new long[] {10, 35}));
        SpanList.of(input);
        assertThat(input.get(0)).containsExactly(30, 40);
        assertThat(input.get(1)).containsExactly(10, 35);
    }

    @Test
    void eachProbeKindKeepsItsOwnOrderWhenProbesRiseSteadily() {
        SpanList list = spans(0, 100, 200, 300);
        for (long at = 0; at < 400; at += 25) {
            boolean expected = at < 100 || at >= 200 && at < 300;
            assertThat(list.covers(at)).as("covers %d", at).isEqualTo(expected);
        }
    }
}
