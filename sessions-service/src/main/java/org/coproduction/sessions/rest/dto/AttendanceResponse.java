package org.coproduction.sessions.rest.dto;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Who came to a session")
public record AttendanceResponse(UUID sessionId, List<UUID> attended,
                                 @Schema(example = "2027-03-29T19:00:00Z") Instant recordedAt) {
}
