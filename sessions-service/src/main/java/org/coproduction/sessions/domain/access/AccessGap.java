package org.coproduction.sessions.domain.access;

import java.util.UUID;
import org.coproduction.sessions.domain.AccessNeed;

/** A need the session leaves unmet, with the plain-words reason. */
public record AccessGap(UUID participantId, AccessNeed need, String detail) {}
