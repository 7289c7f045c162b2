package org.coproduction.sessions.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits and defaults of slot search. */
@ConfigMapping(prefix = "sessions.slot-search")
public interface SlotSearchConfig {
    /** Longest range one search may cover; keeps one request's work bounded. */
    @WithDefault("93")
    int maxRangeDays();

    /** Most candidate start times one search may weigh (range / step). */
    @WithDefault("20000")
    int maxCandidateSlots();

    /** How far back "left out of their projects' recent sessions" looks, for the fairness tie-break. */
    @WithDefault("90")
    int fairnessLookbackDays();
}
