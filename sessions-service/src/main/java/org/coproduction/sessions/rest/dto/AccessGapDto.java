package org.coproduction.sessions.rest.dto;

import java.util.UUID;
import org.coproduction.sessions.domain.AccessNeed;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An invitee's need that the venue and arrangements leave unmet")
public record AccessGapDto(UUID participantId,
                           @Schema(example = "BSL_INTERPRETER") AccessNeed need,
                           @Schema(example = "needs a BSL interpreter; none booked") String detail) {
}
