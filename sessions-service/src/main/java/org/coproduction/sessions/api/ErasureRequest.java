package org.coproduction.sessions.api;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ErasureRequest",
        description = "The participant whose data participants-service has erased, so this service erases its part")
public record ErasureRequest(
        @Schema(required = true, example = "0b7c6a52-3f1e-4c1a-9a4e-2f0d7d3c9b11") @NotNull
        UUID participantId) {}
