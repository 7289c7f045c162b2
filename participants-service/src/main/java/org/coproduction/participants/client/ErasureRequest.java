package org.coproduction.participants.client;

import java.util.UUID;

/** The body of {@code POST /erasures} on the other services. */
public record ErasureRequest(UUID participantId) {}
