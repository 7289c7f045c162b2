package org.coproduction.sessions.rest.dto;

import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What one person gave: sessions attended and their hours")
public record ContributionDto(UUID participantId,
                              @Schema(example = "2") long sessionsAttended,
                              @Schema(example = "3.5") BigDecimal hours) {
}
