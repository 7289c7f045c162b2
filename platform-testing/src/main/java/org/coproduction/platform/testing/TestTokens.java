package org.coproduction.platform.testing;

import io.smallrye.jwt.build.Jwt;
import java.util.UUID;

/**
 * Bearer tokens as the identity provider issues them, signed with the development key (the test profile's
 * {@code smallrye.jwt.sign.key.location}), as scripts/token.sh makes them.
 */
public final class TestTokens {

    public static final String ISSUER = "coproduction-dev";

    private TestTokens() {}

    public static String coordinator() {
        return sign("coordinator-1", "coordinator");
    }

    public static String participant(UUID id) {
        return sign(id.toString(), "participant");
    }

    /** Another service of the suite, acting for nobody in particular. */
    public static String service(String serviceName) {
        return sign(serviceName, "service");
    }

    public static String wrongIssuer() {
        return Jwt.issuer("somebody-else")
                .subject("coordinator-1")
                .groups("coordinator")
                .expiresIn(600)
                .sign();
    }

    public static String sign(String subject, String role) {
        return Jwt.issuer(ISSUER)
                .subject(subject)
                .upn(subject)
                .groups(role)
                .expiresIn(600)
                .sign();
    }
}
