package org.coproduction.sessions.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.coproduction.sessions.domain.InvitationAnswer;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InvitationAnswer", description = "One invitee's answer to the invitation")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InvitationAnswerDto(
        @Schema(required = true, description = "The invitee", example = "0b7c6a52-3f1e-4c1a-9a4e-2f0d7d3c9b11")
        UUID participantId,

        @Schema(required = true) InvitationAnswer answer,

        @Schema(description = "Why, if they said", example = "I have a hospital appointment that day.")
        String reason,

        @Schema(description = "When they answered; absent while PENDING", example = "2027-03-20T09:15:00Z")
        Instant answeredAt) {}
