package org.coproduction.sessions.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Whose digest content to gather, and since when")
public record AgendaRequest(
        @Schema(required = true, description = "1 to 1000 participant ids") @NotNull @Size(min = 1, max = 1000)
        List<@NotNull UUID> participantIds,

        @Schema(required = true, example = "2026-11-18T08:00:00Z") @NotNull
        Instant since) {}
