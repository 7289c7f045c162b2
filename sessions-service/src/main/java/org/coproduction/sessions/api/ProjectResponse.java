package org.coproduction.sessions.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A co-production group")
public record ProjectResponse(
        @Schema(required = true, example = "5f0c1d2e-8a7b-4c3d-9e1f-2a3b4c5d6e7f")
        UUID id,

        @Schema(required = true, example = "Redesigning the crisis line")
        String name,

        @Schema(example = "People who have used the crisis line and its staff redesign it together")
        String purpose,

        @Schema(required = true, description = "Participant ids of the members")
        List<UUID> memberIds,

        @Schema(
                required = true,
                description = "Participant ids of the project's coordinators (they hear the weekly engagement summary)",
                example = "[\"3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a99\"]")
        List<UUID> coordinatorIds,

        @Schema(required = true, description = "When it was created", example = "2027-03-29T17:00:00Z")
        Instant createdAt,

        @Schema(required = true, description = "When it last changed", example = "2027-03-29T17:00:00Z")
        Instant updatedAt,

        @Schema(required = true, description = "Also sent as the ETag", example = "2")
        long version) {}
