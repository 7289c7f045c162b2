package org.coproduction.sessions.client;

import java.util.List;
import java.util.UUID;

/** Body of participants-service's batched {@code POST /participants/lookup}. */
public record LookupRequest(List<UUID> ids) {}
