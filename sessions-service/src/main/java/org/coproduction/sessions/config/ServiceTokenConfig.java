package org.coproduction.sessions.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;

/** The short-lived "service" token this service signs when it calls another with no caller to speak for. */
@ConfigMapping(prefix = "sessions.service-token")
public interface ServiceTokenConfig {
    /** Same issuer the services verify (mp.jwt.verify.issuer). */
    @WithName("issuer")
    @WithDefault("${mp.jwt.verify.issuer}")
    String issuer();

    @WithDefault("PT5M")
    Duration lifetime();
}
