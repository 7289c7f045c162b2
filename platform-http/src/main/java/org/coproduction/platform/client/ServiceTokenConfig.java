package org.coproduction.platform.client;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The short-lived {@code service} token a service signs when it calls another with no caller to speak for. */
@ConfigMapping(prefix = "coproduction.service-token")
public interface ServiceTokenConfig {

    /** The issuer the other services verify (their {@code mp.jwt.verify.issuer}). */
    @WithDefault("${mp.jwt.verify.issuer}")
    String issuer();

    /** How long one token lives; it is renewed a minute before it expires. */
    @WithDefault("PT5M")
    Duration lifetime();
}
