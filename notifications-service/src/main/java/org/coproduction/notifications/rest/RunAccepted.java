package org.coproduction.notifications.rest;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DigestRunAccepted", description = "A digest run that has been started; follow it at its address.")
public record RunAccepted(
        @Schema(required = true, description = "The run's id", example = "6f1c2c6e-1f7e-4a8e-9d7a-2b1f8c0d9e11")
        UUID id,

        @Schema(
                required = true,
                description = "Always QUEUED when a run is accepted",
                enumeration = {"QUEUED"},
                example = "QUEUED")
        String status) {}
