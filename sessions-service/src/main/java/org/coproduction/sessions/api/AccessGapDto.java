package org.coproduction.sessions.api;

import java.util.UUID;
import org.coproduction.sessions.domain.AccessNeed;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AccessGap", description = "An invitee's need that the venue and arrangements leave unmet")
public record AccessGapDto(
        @Schema(required = true, description = "The participant", example = "0b7c6a52-3f1e-4c1a-9a4e-2f0d7d3c9b11")
        UUID participantId,

        @Schema(required = true, example = "BSL_INTERPRETER")
        AccessNeed need,

        @Schema(required = true, example = "needs a BSL interpreter; none booked")
        String detail) {}
