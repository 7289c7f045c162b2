package org.coproduction.participants.service;

import java.util.Optional;
import java.util.UUID;
import org.coproduction.platform.problem.NotAllowedException;

/** Who is calling, as far as the rules care: a coordinator, or a participant acting on their own record. */
public record Caller(boolean coordinator, Optional<UUID> participantId) {

    public static Caller coordinatorCaller() {
        return new Caller(true, Optional.empty());
    }

    public static Caller participant(UUID id) {
        return new Caller(false, Optional.of(id));
    }

    /** A participant may act only on their own record; anyone else's id gets the same answer whether it exists or not. */
    public void ensureMayAccess(UUID participantId) {
        if (!coordinator
                && participantId().map(own -> !own.equals(participantId)).orElse(true)) {
            throw new NotAllowedException("A participant may only read and change their own record.");
        }
    }
}
