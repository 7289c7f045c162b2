package org.coproduction.platform.client;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import org.coproduction.platform.security.Roles;
import org.coproduction.platform.security.TokenRulesConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs this service's own {@code service} token (subject: the application name, audience: the deployment's, see
 * {@link TokenRulesConfig#audience()}), signed with
 * {@code smallrye.jwt.sign.key.location}. Reused until a minute before it expires, so a large job signs a handful,
 * not thousands.
 */
@ApplicationScoped
public class ServiceTokens {

    private static final Duration RENEW_BEFORE = Duration.ofMinutes(1);

    private final ServiceTokenConfig config;
    private final String audience;
    private final String applicationName;
    private volatile String token;
    private volatile Instant renewAt = Instant.MIN;

    public ServiceTokens(
            ServiceTokenConfig config,
            TokenRulesConfig rules,
            @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.config = config;
        this.audience = rules.audience();
        this.applicationName = applicationName;
    }

    public String current() {
        Instant now = Instant.now();
        if (token == null || now.isAfter(renewAt)) {
            synchronized (this) {
                if (token == null || now.isAfter(renewAt)) {
                    token = Jwt.issuer(config.issuer())
                            .subject(applicationName)
                            .upn(applicationName)
                            .audience(audience)
                            .groups(Roles.SERVICE)
                            .expiresIn(config.lifetime())
                            .sign();
                    renewAt = now.plus(config.lifetime()).minus(RENEW_BEFORE);
                }
            }
        }
        return token;
    }
}
