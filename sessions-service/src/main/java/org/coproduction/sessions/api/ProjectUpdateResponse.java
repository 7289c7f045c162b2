package org.coproduction.sessions.api;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A project update with its readability report")
public record ProjectUpdateResponse(
        @Schema(description = "Its id", example = "5f0c1d2e-8a7b-4c3d-9e1f-2a3b4c5d6e7f")
        UUID id,

        @Schema(description = "The project", example = "5f0c1d2e-8a7b-4c3d-9e1f-2a3b4c5d6e7f")
        UUID projectId,

        @Schema(example = "New room booked") String title,
        String body,
        @Schema(example = "2027-03-01T10:00:00Z") Instant postedAt,
        ReadabilityDto readability) {}
