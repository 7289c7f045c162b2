package org.coproduction.sessions.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Slot", description = "A candidate time with who can come and who cannot (and why)")
public record SlotDto(
        @Schema(required = true, example = "2027-03-29T17:00:00Z")
        Instant start,

        @Schema(required = true, example = "2027-03-29T18:30:00Z")
        Instant end,

        @Schema(required = true, description = "Participant ids of the people free at this time")
        List<UUID> available,

        @Schema(required = true) List<ConflictDto> unavailable,

        @Schema(
                required = true,
                description = "True when every person in requiredParticipantIds is free at this time "
                        + "(also when nobody is required). A slot that leaves out a required person is offered "
                        + "only when no time suits them all, and then this is false.",
                example = "true")
        boolean allRequiredFree,

        @Schema(
                required = true,
                description = "Participant ids of the required people who cannot come at this time "
                        + "(their reasons are in unavailable); empty when allRequiredFree")
        List<UUID> missingRequired) {}
