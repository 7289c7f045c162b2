package org.coproduction.participants.service;

import org.coproduction.participants.domain.Violation;

import java.util.List;

/** The request broke one or more rules; every broken rule is listed. */
public class InvalidParticipantException extends RuntimeException {
    private final List<Violation> violations;

    public InvalidParticipantException(List<Violation> violations) {
        super("participant has " + violations.size() + " invalid field(s)");
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
