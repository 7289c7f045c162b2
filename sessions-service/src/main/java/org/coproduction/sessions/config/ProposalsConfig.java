package org.coproduction.sessions.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Proposals put to a project's members. */
@ConfigMapping(prefix = "sessions.proposals")
public interface ProposalsConfig {
    /**
     * How often the job closes proposals past their closing time (a Quarkus "every" value; "off" disables it, and a
     * read after the closing time closes the proposal anyway). Env {@code SESSIONS_PROPOSALS_CLOSE_EVERY}.
     */
    @WithDefault("1m")
    String closeEvery();
}
