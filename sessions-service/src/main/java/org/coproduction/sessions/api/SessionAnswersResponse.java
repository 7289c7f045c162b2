package org.coproduction.sessions.api;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "SessionAnswers",
        description = "The answers to a session's invitations: a coordinator sees every invitee's, a participant "
                + "only their own, and everyone sees how many are coming.")
public record SessionAnswersResponse(
        @Schema(required = true, description = "The session", example = "5f0c1d2e-8a7b-4c3d-9e1f-2a3b4c5d6e7f")
        UUID sessionId,

        @Schema(required = true, description = "Every invitee's answer (a participant: only theirs)")
        List<InvitationAnswerDto> answers,

        @Schema(required = true, description = "How many invitees said they are coming", example = "4")
        int comingCount) {}
