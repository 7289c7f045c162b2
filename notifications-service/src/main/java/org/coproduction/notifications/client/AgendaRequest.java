package org.coproduction.notifications.client;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record AgendaRequest(List<UUID> participantIds, Instant since) {}
