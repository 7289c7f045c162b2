package org.coproduction.platform.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.Map;

/**
 * The named limits {@link RateLimited} refers to: how many requests one token subject may make of that kind within a
 * window. The platform ships the suite's limits as low-priority defaults (META-INF/microprofile-config.properties of
 * platform-http); a service or a deployment overrides any of them, e.g.
 * {@code COPRODUCTION_RATE_LIMITS_LIMITS__SLOT_SEARCH__REQUESTS=60}. Limits are off in the {@code test} profile unless
 * a test turns them on, so a service's own tests (one coordinator subject for all) do not meet them by accident.
 */
@ConfigMapping(prefix = "coproduction.rate-limits")
public interface RateLimitConfig {

    /** Env {@code COPRODUCTION_RATE_LIMITS_ENABLED}. */
    @WithDefault("true")
    boolean enabled();

    /** The limit of a name that has none configured. */
    @WithName("default")
    Limit fallback();

    /** Per name, as {@link RateLimited#value()} gives it. */
    Map<String, Limit> limits();

    interface Limit {

        /** Requests allowed per subject within one window. */
        @WithDefault("60")
        int requests();

        /** The window; the count starts again when it ends. */
        @WithDefault("PT1M")
        Duration window();
    }
}
