package org.coproduction.sessions.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Follow-ups offered after sensitive sessions. */
@ConfigMapping(prefix = "sessions.follow-up")
public interface FollowUpConfig {
    /**
     * How soon after a sensitive session ends its follow-up should happen (ISO-8601, such as P7D or PT48H). Env
     * {@code SESSIONS_FOLLOW_UP_WITHIN}.
     */
    @WithDefault("P7D")
    Duration within();
}
