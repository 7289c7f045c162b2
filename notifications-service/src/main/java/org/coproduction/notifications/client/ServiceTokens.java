package org.coproduction.notifications.client;

import java.time.Duration;
import java.time.Instant;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Mints this service's own short-lived {@code service} token for calls made with no incoming request
 * (the digest job). Reused until a minute before it expires, so a large run signs a handful, not thousands.
 */
@ApplicationScoped
public class ServiceTokens {

    private static final Duration LIFETIME = Duration.ofMinutes(5);
    private static final Duration RENEW_BEFORE = Duration.ofMinutes(1);

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    @ConfigProperty(name = "smallrye.jwt.new-token.issuer")
    String issuer;

    private volatile String token;
    private volatile Instant renewAt = Instant.EPOCH;

    public String current() {
        if (Instant.now().isAfter(renewAt)) {
            synchronized (this) {
                if (Instant.now().isAfter(renewAt)) {
                    token = Jwt.issuer(issuer).subject(applicationName).upn(applicationName)
                            .groups("service").expiresIn(LIFETIME).sign();
                    renewAt = Instant.now().plus(LIFETIME).minus(RENEW_BEFORE);
                }
            }
        }
        return token;
    }
}
