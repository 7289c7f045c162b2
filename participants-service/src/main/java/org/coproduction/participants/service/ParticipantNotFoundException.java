package org.coproduction.participants.service;

import java.util.UUID;

public class ParticipantNotFoundException extends RuntimeException {
    public ParticipantNotFoundException(UUID id) {
        super("No participant is registered with id " + id + ".");
    }
}
