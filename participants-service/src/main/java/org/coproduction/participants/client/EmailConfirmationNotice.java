package org.coproduction.participants.client;

import java.util.UUID;

/** The body of notifications-service's {@code POST /email-confirmations}. */
public record EmailConfirmationNotice(UUID participantId, String address, String token, String language) {}
