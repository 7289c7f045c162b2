package org.coproduction.sessions.rest.dto;

import java.util.UUID;
import org.coproduction.sessions.domain.slots.UnavailableReason;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An invitee who cannot come at this time, and which rule says so")
public record ConflictDto(UUID participantId,
                          @Schema(example = "OUTSIDE_AVAILABILITY") UnavailableReason reason) {
}
