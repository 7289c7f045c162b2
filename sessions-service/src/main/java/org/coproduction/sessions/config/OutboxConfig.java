package org.coproduction.sessions.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the notice outbox retries notifications-service. */
@ConfigMapping(prefix = "sessions.outbox")
public interface OutboxConfig {
    /** How often the job looks for pending notices (a Quarkus "every" value; "off" disables it). */
    @WithDefault("5s")
    String every();

    /** Send a notice as soon as the change that queued it commits (the schedule is the safety net). */
    @WithDefault("true")
    boolean sendOnCommit();

    /** Notices sent per run of the job. */
    @WithDefault("50")
    int batchSize();

    /** Wait after the first failure; doubled after each further failure. */
    @WithDefault("PT10S")
    Duration firstBackoff();

    /** The longest wait between tries: a notice is retried for ever, never dropped. */
    @WithDefault("PT30M")
    Duration maxBackoff();
}
