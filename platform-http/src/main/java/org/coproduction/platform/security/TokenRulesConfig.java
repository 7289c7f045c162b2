package org.coproduction.platform.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * What every service demands of a bearer token beyond its signature and issuer ({@link TokenRules}): the deployment's
 * audience and the longest a token may be valid for, from issue to expiry. The audience ships as the platform's
 * default ({@code coproduction.token.audience} in platform-http's META-INF/microprofile-config.properties), so the
 * services, {@code ServiceTokens}, {@code TestTokens} and scripts/token.sh agree without each naming it.
 */
@ConfigMapping(prefix = "coproduction.token")
public interface TokenRulesConfig {

    /** The {@code aud} every token must carry; env {@code COPRODUCTION_TOKEN_AUDIENCE}, one per deployment. */
    @WithDefault("coproduction")
    String audience();

    /** Longest {@code exp - iat} of a person's token (coordinator, participant); env {@code COPRODUCTION_TOKEN_MAX_AGE}. */
    @WithDefault("PT8H")
    Duration maxAge();

    /** Longest {@code exp - iat} of a {@code service} token; env {@code COPRODUCTION_TOKEN_SERVICE_MAX_AGE}. */
    @WithDefault("PT5M")
    Duration serviceMaxAge();
}
