package org.coproduction.notifications.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** POST /deliveries/summary. */
@Schema(name = "DeliverySummaryInput", description = "Whose digests to summarise, over which period")
public record DeliverySummaryRequest(
        @Schema(
                required = true,
                description = "1 to 1000 participant ids",
                example = "[\"0b7c6a52-3f1e-4c1a-9a4e-2f0d7d3c9b11\"]")
        @NotNull
        @Size(min = 1, max = 1000)
        List<UUID> participantIds,

        @Schema(
                required = true,
                description = "Digests that fell due from this instant (inclusive)",
                example = "2026-01-01T00:00:00Z")
        @NotNull
        Instant from,

        @Schema(
                required = true,
                description = "to this instant (exclusive): after from, at most 5 years later",
                example = "2027-01-01T00:00:00Z")
        @NotNull
        Instant to) {}
