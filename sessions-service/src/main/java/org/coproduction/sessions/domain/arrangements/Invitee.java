package org.coproduction.sessions.domain.arrangements;

import java.util.UUID;

/** An invitee of the session and whether they said they are not coming. */
public record Invitee(UUID participantId, boolean notComing) {}
