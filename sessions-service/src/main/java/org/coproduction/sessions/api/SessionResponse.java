package org.coproduction.sessions.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.coproduction.sessions.domain.SessionFormat;
import org.coproduction.sessions.domain.SessionStatus;
import org.coproduction.sessions.domain.SessionType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description =
                "A session. availabilityConflicts and accessGaps come only in answers to creating or changing it.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SessionResponse(
        @Schema(description = "Its id", example = "5f0c1d2e-8a7b-4c3d-9e1f-2a3b4c5d6e7f")
        UUID id,

        @Schema(description = "The project", example = "5f0c1d2e-8a7b-4c3d-9e1f-2a3b4c5d6e7f")
        UUID projectId,

        @Schema(example = "Planning the spring workshops") String title,
        String purpose,
        SessionType type,
        SessionFormat format,
        VenueSummary venue,

        @Schema(example = "https://meet.example.org/crisis-line")
        String joiningLink,

        @Schema(example = "2027-03-29T17:00:00Z") Instant start,
        @Schema(example = "2027-03-29T18:30:00Z") Instant end,
        @Schema(example = "Europe/London") String timeZone,
        SessionStatus status,

        @Schema(description = "Why it was cancelled", example = "Venue flooded")
        String cancelReason,

        @Schema(description = "Participant ids of the invitees")
        List<UUID> invitees,

        ArrangementsDto arrangements,

        @Schema(description = "When it was created", example = "2027-03-29T17:00:00Z")
        Instant createdAt,

        @Schema(description = "When it last changed", example = "2027-03-29T17:00:00Z")
        Instant updatedAt,

        @Schema(description = "Also sent as the ETag; send it back in If-Match", example = "1")
        long version,

        List<ConflictDto> availabilityConflicts,
        List<AccessGapDto> accessGaps) {}
