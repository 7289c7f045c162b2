package org.coproduction.sessions.service;

import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;
import org.coproduction.platform.security.Roles;
import org.coproduction.platform.security.Subjects;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling: a coordinator and the service role see everything, a participant only what is theirs. */
@RequestScoped
public class CurrentCaller {
    private final JsonWebToken jwt;

    public CurrentCaller(JsonWebToken jwt) {
        this.jwt = jwt;
    }

    public boolean isCoordinator() {
        return jwt.getGroups().contains(Roles.COORDINATOR);
    }

    public boolean isService() {
        return jwt.getGroups().contains(Roles.SERVICE);
    }

    /** True when the caller may only see their own things. */
    public boolean isParticipantOnly() {
        return !isCoordinator() && !isService();
    }

    /**
     * The caller's participant id ({@code sub}, read in the suite's one canonical form); null when the subject is not
     * a participant id.
     */
    public UUID participantId() {
        return Subjects.participantId(jwt).orElse(null);
    }
}
