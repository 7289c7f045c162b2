package org.coproduction.sessions.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A project update with its versions and readability report")
public record ProjectUpdateResponse(
        @Schema(required = true, description = "Its id", example = "5f0c1d2e-8a7b-4c3d-9e1f-2a3b4c5d6e7f")
        UUID id,

        @Schema(required = true, description = "The project", example = "5f0c1d2e-8a7b-4c3d-9e1f-2a3b4c5d6e7f")
        UUID projectId,

        @Schema(required = true, example = "New room booked")
        String title,

        @Schema(required = true, example = "We found a room with step-free access near the station.")
        String body,

        @Schema(required = true, description = "The language it is written in", example = "en")
        String language,

        @Schema(required = true, description = "Its versions in other languages or plain words")
        List<UpdateVersionDto> versions,

        @Schema(required = true, example = "2027-03-01T10:00:00Z")
        Instant postedAt,

        @Schema(
                description = "When it was last corrected; null if never. A corrected update reaches the next "
                        + "digests again",
                example = "2027-03-02T09:00:00Z")
        Instant correctedAt,

        @Schema(
                description = "When it was withdrawn; null while it stands. A withdrawn update is kept for the "
                        + "record and never sent again",
                example = "2027-03-03T09:00:00Z")
        Instant withdrawnAt,

        @Schema(required = true, description = "Its version, as in the ETag", example = "0")
        long version,

        @Schema(description = "How easy the original is to read; null when it is not in English")
        ReadabilityDto readability) {}
