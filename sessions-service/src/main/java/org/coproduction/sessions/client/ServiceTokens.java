package org.coproduction.sessions.client;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.coproduction.sessions.config.ServiceTokenConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs the short-lived {@code service} token used on calls that have no caller's token to pass on
 * (the outbox job). Reused until a minute before it expires, so signing is not paid on every call.
 */
@ApplicationScoped
public class ServiceTokens {
    private final ServiceTokenConfig config;
    private final String applicationName;
    private volatile String token;
    private volatile Instant renewAfter = Instant.MIN;

    public ServiceTokens(ServiceTokenConfig config,
                         @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.config = config;
        this.applicationName = applicationName;
    }

    public String current() {
        Instant now = Instant.now();
        if (token == null || now.isAfter(renewAfter)) {
            synchronized (this) {
                if (token == null || now.isAfter(renewAfter)) {
                    token = Jwt.issuer(config.issuer()).subject(applicationName).upn(applicationName)
                            .groups("service").expiresIn(config.lifetime()).sign();
                    renewAfter = now.plus(config.lifetime()).minusSeconds(60);
                }
            }
        }
        return token;
    }
}
