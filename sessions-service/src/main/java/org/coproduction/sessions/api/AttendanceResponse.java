package org.coproduction.sessions.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Who came to a session")
public record AttendanceResponse(
        @Schema(required = true, description = "The session", example = "5f0c1d2e-8a7b-4c3d-9e1f-2a3b4c5d6e7f")
        UUID sessionId,

        @Schema(required = true, description = "Participant ids of those who came")
        List<UUID> attended,

        @Schema(required = true, example = "2027-03-29T19:00:00Z")
        Instant recordedAt) {}
