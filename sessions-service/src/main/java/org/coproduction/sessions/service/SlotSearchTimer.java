package org.coproduction.sessions.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Times each slot search as {@code coproduction_slot_search_seconds}, tagged with how many people it was for in a
 * few bands (low cardinality), with histogram buckets so a dashboard can show the 99th percentile.
 */
@Startup
@ApplicationScoped
public class SlotSearchTimer {

    /** The bands' upper bounds (the last one is the search's own limit, {@link SlotSearchService#MAX_PEOPLE}). */
    private static final int[] BANDS = {10, 100, SlotSearchService.MAX_PEOPLE};

    private final Map<String, Timer> timers = new LinkedHashMap<>();

    public SlotSearchTimer(MeterRegistry registry) {
        for (int i = 0; i < BANDS.length; i++) {
            String band = band(BANDS[i]);
            timers.put(
                    band,
                    Timer.builder("coproduction.slot.search")
                            .description("Time to find slots, by how many people the search was for")
                            .tag("people", band)
                            .serviceLevelObjectives(
                                    Duration.ofMillis(10),
                                    Duration.ofMillis(25),
                                    Duration.ofMillis(50),
                                    Duration.ofMillis(100),
                                    Duration.ofMillis(250),
                                    Duration.ofMillis(500),
                                    Duration.ofSeconds(1),
                                    Duration.ofMillis(2500),
                                    Duration.ofSeconds(5),
                                    Duration.ofSeconds(10))
                            .register(registry));
        }
    }

    /** The band a search for this many people falls in: "1-10", "11-100" or "101-1000". */
    static String band(int people) {
        int lower = 1;
        for (int upper : BANDS) {
            if (people <= upper) {
                return lower + "-" + upper;
            }
            lower = upper + 1;
        }
        return lower + "-";
    }

    /** Runs a search for this many people and records how long it took (also when it failed). */
    public <T> T time(int people, Supplier<T> search) {
        return timers.get(band(people)).record(search);
    }
}
