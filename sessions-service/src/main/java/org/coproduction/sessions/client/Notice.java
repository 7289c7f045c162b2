package org.coproduction.sessions.client;

import java.util.List;
import java.util.UUID;

/** Body of notifications-service's {@code POST /notices}. */
public record Notice(List<UUID> participantIds, String kind, String subject, String body, UUID sessionId) {}
