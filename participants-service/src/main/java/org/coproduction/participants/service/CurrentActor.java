package org.coproduction.participants.service;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import org.coproduction.platform.security.Roles;
import org.coproduction.platform.security.Subjects;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller of the request being served, for the audit. */
@ApplicationScoped
public class CurrentActor {

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public CurrentActor(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public Actor get() {
        if (identity.hasRole(Roles.COORDINATOR)) {
            return new Actor(subject(), Roles.COORDINATOR);
        }
        if (identity.hasRole(Roles.PARTICIPANT)) {
            // Canonical form, so that erasing the person finds every entry they made themself.
            return new Actor(Subjects.participantId(token).map(Object::toString).orElse(subject()), Roles.PARTICIPANT);
        }
        return new Actor(subject(), Roles.SERVICE);
    }

    private String subject() {
        String subject = token.getSubject();
        if (subject == null || subject.isBlank()) {
            return "unknown";
        }
        return subject.length() > 200 ? subject.substring(0, 200) : subject;
    }
}
