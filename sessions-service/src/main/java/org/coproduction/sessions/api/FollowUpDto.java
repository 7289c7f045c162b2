package org.coproduction.sessions.api;

import java.time.Instant;
import java.util.UUID;
import org.coproduction.sessions.domain.FollowUpStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "FollowUp",
        description = "The offer of a debrief or a one-to-one made to someone who attended a sensitive session")
public record FollowUpDto(
        @Schema(required = true, example = "0b7c6a52-3f1e-4c1a-9a4e-2f0d7d3c9b11")
        UUID participantId,

        @Schema(required = true, description = "When attendance was recorded", example = "2027-03-29T19:00:00Z")
        Instant offeredAt,

        @Schema(
                required = true,
                description = "When it should have happened by: the session's end plus sessions.follow-up.within",
                example = "2027-04-05T18:30:00Z")
        Instant dueBy,

        @Schema(
                required = true,
                description = "OFFERED, ARRANGED (a MENTORING session with followUpOf invites them) or DECLINED")
        FollowUpStatus status,

        @Schema(required = true, description = "Still OFFERED after dueBy", example = "false")
        boolean overdue,

        @Schema(
                description = "The MENTORING session arranged; null until ARRANGED",
                example = "5f0c1d2e-8a7b-4c3d-9e1f-2a3b4c5d6e7f")
        UUID mentoringSessionId,

        @Schema(description = "When the person declined; null unless DECLINED", example = "2027-03-30T09:00:00Z")
        Instant declinedAt) {}
