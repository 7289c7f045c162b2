package org.coproduction.sessions.domain.slots;

import java.util.UUID;

/** One person who cannot take a slot and the rule that stops them. */
public record Unavailability(UUID participantId, UnavailableReason reason) {}
