package org.coproduction.participants.service;

import java.util.UUID;
import org.coproduction.platform.problem.UnknownResourceException;

/** No participant has this id, or they were erased (404). */
public class ParticipantNotFoundException extends UnknownResourceException {
    public ParticipantNotFoundException(UUID id) {
        super("No participant is registered with id " + id + ".");
    }
}
