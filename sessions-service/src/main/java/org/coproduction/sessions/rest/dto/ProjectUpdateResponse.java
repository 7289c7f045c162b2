package org.coproduction.sessions.rest.dto;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A project update with its readability report")
public record ProjectUpdateResponse(UUID id, UUID projectId,
                                    @Schema(example = "New room booked") String title,
                                    String body,
                                    @Schema(example = "2027-03-01T10:00:00Z") Instant postedAt,
                                    ReadabilityDto readability) {
}
