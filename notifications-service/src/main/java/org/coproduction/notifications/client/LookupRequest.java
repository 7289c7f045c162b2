package org.coproduction.notifications.client;

import java.util.List;
import java.util.UUID;

public record LookupRequest(List<UUID> ids) {}
