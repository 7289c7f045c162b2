package org.coproduction.sessions.api;

import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What one person gave: sessions attended and their hours")
public record Contribution(
        @Schema(required = true, description = "The participant", example = "0b7c6a52-3f1e-4c1a-9a4e-2f0d7d3c9b11")
        UUID participantId,

        @Schema(required = true, example = "2") long sessionsAttended,
        @Schema(required = true, example = "3.5") BigDecimal hours) {}
