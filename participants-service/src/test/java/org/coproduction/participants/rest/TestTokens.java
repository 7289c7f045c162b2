package org.coproduction.participants.rest;

import io.smallrye.jwt.build.Jwt;

import java.util.UUID;

/** Bearer tokens signed with the development key, as scripts/token.sh makes them. */
public final class TestTokens {

    private TestTokens() {
    }

    public static String coordinator() {
        return sign("test-coordinator", "coordinator");
    }

    public static String service() {
        return sign("sessions-service", "service");
    }

    public static String participant(UUID id) {
        return sign(id.toString(), "participant");
    }

    public static String sign(String subject, String role) {
        return Jwt.issuer("coproduction-dev").subject(subject).upn(subject).groups(role).expiresIn(600).sign();
    }
}
