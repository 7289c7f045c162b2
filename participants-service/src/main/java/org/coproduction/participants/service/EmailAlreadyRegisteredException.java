package org.coproduction.participants.service;

import org.coproduction.platform.problem.StateConflictException;

/** Another participant already has this email address, whatever its case (409). */
public class EmailAlreadyRegisteredException extends StateConflictException {
    public EmailAlreadyRegisteredException() {
        // The address itself is not repeated: error bodies and logs carry no personal data.
        super("Another participant is already registered with this email address.");
    }
}
