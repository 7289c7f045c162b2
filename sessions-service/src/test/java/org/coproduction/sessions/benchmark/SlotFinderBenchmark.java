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
 * The slot computation alone (no HTTP, no database): 12 weeks at 30-minute steps, 90-minute slots, for 100,
 * 250, 500 and 1000 people. Not a timed test: run with {@code -Pbenchmark}; it prints a table.
 */
@Tag("benchmark")
class SlotFinderBenchmark {
    static final int WARMUP = 40;
    static final int RUNS = 100;

    @Test
    void computationAlone() {
        SlotFinder finder = new SlotFinder();
        StringBuilder table = new StringBuilder(
                "| people | runs | median ms | p95 ms | min ms | max ms |\n" + "|---|---|---|---|---|---|\n");
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
        for (int people : new int[] {100, 250, 500, 1000}) {
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
            for (int i = 0; i < WARMUP; i++) {
                finder.find(query, calendars);
            }
            long[] nanos = new long[RUNS];
            SlotSearchResult result = null;
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                result = finder.find(query, calendars);
                nanos[i] = System.nanoTime() - start;
            }
            assertThat(result.candidateSlots()).isEqualTo(4030);
            assertThat(result.slots()).isNotEmpty();
            table.append(Stats.of(nanos).row(Integer.toString(people))).append('\n');
        }
        System.out.println("\nSlot computation alone (SlotFinder.find), 4030 candidate starts:\n" + table);
    }
}
