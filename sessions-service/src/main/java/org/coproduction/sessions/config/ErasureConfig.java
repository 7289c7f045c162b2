package org.coproduction.sessions.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Erasure's housekeeping; the tombstone key and how long a tombstone is kept are the platform's TombstoneConfig. */
@ConfigMapping(prefix = "sessions.erasure")
public interface ErasureConfig {
    /**
     * How often expired tombstones are deleted (a Quarkus "every" value; "off" disables the job). Env
     * {@code SESSIONS_ERASURE_PURGE_EVERY}.
     */
    @WithDefault("1h")
    String purgeEvery();
}
