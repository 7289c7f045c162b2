package org.coproduction.notifications.support;

import java.util.UUID;

import io.smallrye.jwt.build.Jwt;

/** Bearer tokens signed with the development key, as the suite's identity provider would issue them. */
public final class Tokens {

    private Tokens() {
    }

    public static String coordinator() {
        return sign("coordinator-1", "coordinator");
    }

    public static String service() {
        return sign("sessions-service", "service");
    }

    public static String participant(UUID id) {
        return sign(id.toString(), "participant");
    }

    private static String sign(String subject, String role) {
        return Jwt.issuer("coproduction-dev").subject(subject).upn(subject).groups(role).expiresIn(600).sign();
    }
}
