package org.coproduction.sessions.api;

import java.util.UUID;
import org.coproduction.sessions.domain.slots.UnavailableReason;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AvailabilityConflict", description = "An invitee who cannot come at this time, and which rule says so")
public record ConflictDto(
        @Schema(required = true, description = "The participant", example = "0b7c6a52-3f1e-4c1a-9a4e-2f0d7d3c9b11")
        UUID participantId,

        @Schema(required = true, example = "OUTSIDE_AVAILABILITY")
        UnavailableReason reason) {}
