package org.coproduction.sessions.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.UUID;

/** Answer of {@code POST /participants/lookup}: the people found and the ids nobody has (or was erased). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LookupResponse(List<ParticipantView> items, List<UUID> missing) {}
