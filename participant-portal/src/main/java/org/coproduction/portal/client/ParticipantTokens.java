package org.coproduction.portal.client;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.coproduction.portal.config.PortalConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs the short-lived {@code participant} token the portal calls the APIs with, for the person whose link was
 * verified: the portal has no role of its own, so the services' rules for a participant are the only rules.
 */
@ApplicationScoped
public class ParticipantTokens {

    private final PortalConfig config;
    private final String issuer;
    private final String audience;

    public ParticipantTokens(
            PortalConfig config,
            @ConfigProperty(name = "coproduction.token.issuer") String issuer,
            @ConfigProperty(name = "coproduction.token.audience") String audience) {
        this.config = config;
        this.issuer = issuer;
        this.audience = audience;
    }

    public String bearer(UUID participantId) {
        return "Bearer "
                + Jwt.issuer(issuer)
                        .subject(participantId.toString())
                        .upn(participantId.toString())
                        .audience(audience)
                        .groups("participant")
                        .expiresIn(config.tokenLifetime())
                        .sign();
    }
}
