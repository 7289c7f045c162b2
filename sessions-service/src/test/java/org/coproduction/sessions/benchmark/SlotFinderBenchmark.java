package org.coproduction.sessions.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.coproduction.sessions.domain.slots.PersonCalendar;
import org.coproduction.sessions.domain.slots.SlotFinder;
import org.coproduction.sessions.domain.slots.SlotQuery;
import org.coproduction.sessions.domain.slots.SlotSearchResult;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The slot computation alone (no HTTP, no database): 12 weeks at 30-minute steps, 90-minute slots, for 100 to
 * 10,000 people. Not a timed test: run with {@code -Pbenchmark}; it prints a table (with the median per person, so
 * linearity reads off one column) and one {@code BENCH slot-compute} line per size for scripts/bench.sh.
 */
@Tag("benchmark")
class SlotFinderBenchmark {
    static final int WARMUP = 40;
    /** People, measured runs: fewer runs at the large sizes keep the whole benchmark near a minute. */
    static final int[][] SIZES = {{100, 100}, {250, 100}, {500, 100}, {1000, 60}, {2500, 30}, {5000, 15}, {10000, 10}};

    @Test
    void computationAlone() {
        SlotFinder finder = new SlotFinder();
        StringBuilder table =
                new StringBuilder("| people | runs | median ms | p95 ms | min ms | max ms | median µs per person |\n"
                        + "|---|---|---|---|---|---|---|\n");
        StringBuilder lines = new StringBuilder();
        // JIT warm-up on the largest common case first, so the first measured size is not paying for it.
        List<PersonCalendar> warm = SyntheticPopulation.people(500, 1).stream()
                .map(SyntheticPopulation.Person::calendar)
                .toList();
        for (int i = 0; i < 2 * WARMUP; i++) {
            finder.find(
                    new SlotQuery(
                            SyntheticPopulation.FROM,
                            SyntheticPopulation.TO,
                            Duration.ofMinutes(90),
                            Duration.ofMinutes(30),
                            Set.of(),
                            3,
                            10,
                            SyntheticPopulation.NOW),
                    warm);
        }
        for (int[] size : SIZES) {
            int people = size[0];
            int runs = size[1];
            List<PersonCalendar> calendars = SyntheticPopulation.people(people, 42).stream()
                    .map(SyntheticPopulation.Person::calendar)
                    .toList();
            SlotQuery query = new SlotQuery(
                    SyntheticPopulation.FROM,
                    SyntheticPopulation.TO,
                    Duration.ofMinutes(90),
                    Duration.ofMinutes(30),
                    Set.of(calendars.get(0).id()),
                    3,
                    10,
                    SyntheticPopulation.NOW);
            // The same number of warm-up people per size (40 x 100 .. 4 x 10,000 runs): enough to settle the heap.
            for (int i = 0; i < Math.max(3, WARMUP * 100 / people); i++) {
                finder.find(query, calendars);
            }
            long[] nanos = new long[runs];
            SlotSearchResult result = null;
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                result = finder.find(query, calendars);
                nanos[i] = System.nanoTime() - start;
            }
            assertThat(result.candidateSlots()).isEqualTo(4030);
            assertThat(result.slots()).isNotEmpty();
            Stats stats = Stats.of(nanos);
            table.append(stats.row(people)).append('\n');
            lines.append(stats.benchLine("slot-compute", people)).append('\n');
        }
        System.out.println(
                "\nSlot computation alone (SlotFinder.find), 4030 candidate starts:\n" + table + "\n" + lines);
    }
}
