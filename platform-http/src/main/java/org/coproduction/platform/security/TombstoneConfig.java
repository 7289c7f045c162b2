package org.coproduction.platform.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * The key of the keyed hash kept for an erased participant ({@link Tombstones}), the same in every service of a
 * deployment, and how long a tombstone is kept: at least as long as the longest-lived token, so an old token of an
 * erased person is refused until it would have expired anyway.
 */
@ConfigMapping(prefix = "coproduction.tombstone")
public interface TombstoneConfig {

    /** Env {@code COPRODUCTION_TOMBSTONE_KEY}; required in production (the platform refuses to start without it). */
    @WithDefault("development-tombstone-key-not-for-production")
    String key();

    /** Env {@code COPRODUCTION_TOMBSTONE_KEEP}. */
    @WithDefault("P2D")
    Duration keep();
}
