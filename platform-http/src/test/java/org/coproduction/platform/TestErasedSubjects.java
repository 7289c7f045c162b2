package org.coproduction.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.coproduction.platform.security.ErasedSubjects;

/** The tombstones of the test application: one erased participant. */
@ApplicationScoped
public class TestErasedSubjects implements ErasedSubjects {

    public static final UUID ERASED = UUID.fromString("6f1c2a9e-0b7d-4c55-9a51-3e8d2f4b7c10");

    @Override
    public boolean isErased(UUID participantId) {
        return ERASED.equals(participantId);
    }
}
