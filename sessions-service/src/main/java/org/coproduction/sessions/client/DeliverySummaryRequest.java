package org.coproduction.sessions.client;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Whose deliveries to count (1 to 1000 people), over which period. */
public record DeliverySummaryRequest(List<UUID> participantIds, Instant from, Instant to) {}
