package org.coproduction.sessions.api;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A project update with its readability report")
public record ProjectUpdateResponse(
        @Schema(required = true, description = "Its id", example = "5f0c1d2e-8a7b-4c3d-9e1f-2a3b4c5d6e7f")
        UUID id,

        @Schema(required = true, description = "The project", example = "5f0c1d2e-8a7b-4c3d-9e1f-2a3b4c5d6e7f")
        UUID projectId,

        @Schema(required = true, example = "New room booked")
        String title,

        @Schema(required = true) String body,

        @Schema(required = true, example = "2027-03-01T10:00:00Z")
        Instant postedAt,

        @Schema(required = true) ReadabilityDto readability) {}
