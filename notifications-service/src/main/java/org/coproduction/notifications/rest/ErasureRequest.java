package org.coproduction.notifications.rest;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** POST /erasures (participants-service's erasure outbox). */
@Schema(name = "ErasureInput", description = "The person to erase from notifications-service.")
public record ErasureRequest(
        @Schema(
                required = true,
                description = "The erased participant's id",
                example = "0b7c6a1e-2d3f-4a5b-8c9d-0e1f2a3b4c5d")
        @NotNull
        UUID participantId) {}
