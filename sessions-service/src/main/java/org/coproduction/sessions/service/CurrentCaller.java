package org.coproduction.sessions.service;

import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling: a coordinator and the service role see everything, a participant only what is theirs. */
@RequestScoped
public class CurrentCaller {
    private final JsonWebToken jwt;

    public CurrentCaller(JsonWebToken jwt) {
        this.jwt = jwt;
    }

    public boolean isCoordinator() {
        return jwt.getGroups().contains("coordinator");
    }

    public boolean isService() {
        return jwt.getGroups().contains("service");
    }

    /** True when the caller may only see their own things. */
    public boolean isParticipantOnly() {
        return !isCoordinator() && !isService();
    }

    /** The caller's participant id ({@code sub}); null when the subject is not a participant id. */
    public UUID participantId() {
        try {
            return jwt.getSubject() == null ? null : UUID.fromString(jwt.getSubject());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
