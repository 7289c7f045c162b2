package org.coproduction.participants.service;

public class EmailAlreadyRegisteredException extends RuntimeException {
    public EmailAlreadyRegisteredException() {
        // The address itself is not repeated: error bodies and logs carry no personal data.
        super("Another participant is already registered with this email address.");
    }
}
