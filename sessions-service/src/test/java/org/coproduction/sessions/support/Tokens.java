package org.coproduction.sessions.support;

import io.smallrye.jwt.build.Jwt;
import java.util.UUID;

/** Bearer tokens signed with the development key, as the identity provider would issue them. */
public final class Tokens {
    private Tokens() {
    }

    public static String coordinator() {
        return Jwt.issuer("coproduction-dev").subject("coordinator-1").groups("coordinator").sign();
    }

    public static String participant(UUID id) {
        return Jwt.issuer("coproduction-dev").subject(id.toString()).groups("participant").sign();
    }

    public static String service() {
        return Jwt.issuer("coproduction-dev").subject("notifications-service").groups("service").sign();
    }

    public static String wrongIssuer() {
        return Jwt.issuer("somebody-else").subject("coordinator-1").groups("coordinator").sign();
    }
}
