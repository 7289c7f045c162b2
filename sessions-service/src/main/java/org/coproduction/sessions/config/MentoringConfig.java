package org.coproduction.sessions.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Mentoring suggestions. */
@ConfigMapping(prefix = "sessions.mentoring")
public interface MentoringConfig {
    /** The most mentees one mentor supports; someone with this many is not suggested again. */
    @WithDefault("3")
    int maxMentees();

    /**
     * The most people who offered to mentor read from participants-service for one suggestion (in pages of 200):
     * a bound on the work one request can cause.
     */
    @WithDefault("2000")
    int maxCandidates();
}
