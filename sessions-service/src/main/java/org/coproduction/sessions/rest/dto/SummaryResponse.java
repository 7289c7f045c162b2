package org.coproduction.sessions.rest.dto;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The record of a session")
public record SummaryResponse(UUID sessionId,
                              @Schema(example = "We agreed the topics for the spring workshops.") String summary,
                              List<String> decisions,
                              List<ActionDto> actions,
                              @Schema(example = "2027-03-29T19:00:00Z") Instant recordedAt) {
}
