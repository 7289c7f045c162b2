package org.coproduction.platform.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Bearer tokens as the identity provider issues them, signed with the development key (the test profile's
 * {@code smallrye.jwt.sign.key.location}), as scripts/token.sh makes them: the deployment's audience
 * ({@code coproduction.token.audience}, "coproduction" unless configured), {@code groups} as an array, and a lifetime
 * within the suite's token rules (10 minutes for people, 5 for services).
 */
public final class TestTokens {

    public static final String ISSUER = "coproduction-dev";
    public static final String AUDIENCE_PROPERTY = "coproduction.token.audience";
    public static final String DEFAULT_AUDIENCE = "coproduction";

    private TestTokens() {}

    public static String coordinator() {
        return sign("coordinator-1", "coordinator");
    }

    public static String participant(UUID id) {
        return sign(id.toString(), "participant");
    }

    /** Another service of the suite, acting for nobody in particular. */
    public static String service(String serviceName) {
        return claims(serviceName, "service").expiresIn(300).sign();
    }

    public static String wrongIssuer() {
        return Jwt.issuer("somebody-else")
                .audience(audience())
                .subject("coordinator-1")
                .groups("coordinator")
                .expiresIn(600)
                .sign();
    }

    public static String sign(String subject, String role) {
        return claims(subject, role).expiresIn(600).sign();
    }

    /** A token that is right in every way but its audience: another deployment's. */
    public static String otherAudience() {
        return Jwt.issuer(ISSUER)
                .audience("another-deployment")
                .subject("coordinator-1")
                .upn("coordinator-1")
                .groups("coordinator")
                .expiresIn(600)
                .sign();
    }

    /** The claims {@link #sign} signs, for a test that changes one (a longer lifetime, another claim). */
    public static JwtClaimsBuilder claims(String subject, String role) {
        return Jwt.issuer(ISSUER)
                .audience(audience())
                .subject(subject)
                .upn(subject)
                .groups(role);
    }

    /** The deployment's audience, as the services read it. */
    public static String audience() {
        try {
            return ConfigProvider.getConfig()
                    .getOptionalValue(AUDIENCE_PROPERTY, String.class)
                    .orElse(DEFAULT_AUDIENCE);
        } catch (IllegalStateException noConfig) {
            return DEFAULT_AUDIENCE;
        }
    }
}
