package org.coproduction.sessions.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.coproduction.sessions.domain.SessionFormat;
import org.coproduction.sessions.domain.SessionStatus;
import org.coproduction.sessions.domain.SessionStyle;
import org.coproduction.sessions.domain.SessionType;
import org.coproduction.sessions.domain.TrainingTopic;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description =
                "A session. availabilityConflicts and accessGaps come only in answers to creating or changing it.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SessionResponse(
        @Schema(required = true, description = "Its id", example = "5f0c1d2e-8a7b-4c3d-9e1f-2a3b4c5d6e7f")
        UUID id,

        @Schema(required = true, description = "The project", example = "5f0c1d2e-8a7b-4c3d-9e1f-2a3b4c5d6e7f")
        UUID projectId,

        @Schema(required = true, example = "Planning the spring workshops")
        String title,

        String purpose,
        @Schema(required = true) SessionType type,
        @Schema(required = true) SessionFormat format,
        VenueSummary venue,

        @Schema(example = "https://meet.example.org/crisis-line")
        String joiningLink,

        @Schema(required = true, example = "2027-03-29T17:00:00Z")
        Instant start,

        @Schema(required = true, example = "2027-03-29T18:30:00Z")
        Instant end,

        @Schema(required = true, example = "Europe/London") String timeZone,
        @Schema(required = true) SessionStatus status,

        @Schema(description = "Why it was cancelled", example = "Venue flooded")
        String cancelReason,

        @Schema(required = true, description = "Participant ids of the invitees")
        List<UUID> invitees,

        @Schema(
                required = true,
                description = "Answers to the invitations: a coordinator sees every invitee's (PENDING until they "
                        + "answer), a participant only their own")
        List<InvitationAnswerDto> answers,

        @Schema(required = true, description = "How many invitees said they are coming", example = "4")
        int comingCount,

        @Schema(required = true) ArrangementsDto arrangements,

        @Schema(description = "Set when the session is on a sensitive topic; null otherwise", nullable = true)
        @JsonInclude(JsonInclude.Include.ALWAYS)
        SensitiveView sensitive,

        @Schema(required = true, description = "What a TRAINING session teaches; [] for other sessions")
        List<TrainingTopic> trainingTopics,

        @Schema(required = true, description = "Offered in a group or one to one")
        SessionStyle style,

        @Schema(
                description = "For a MENTORING follow-up: the sensitive session it follows up; null otherwise",
                example = "5f0c1d2e-8a7b-4c3d-9e1f-2a3b4c5d6e7f")
        @JsonInclude(JsonInclude.Include.ALWAYS)
        UUID followUpOf,

        @Schema(required = true, description = "When it was created", example = "2027-03-29T17:00:00Z")
        Instant createdAt,

        @Schema(required = true, description = "When it last changed", example = "2027-03-29T17:00:00Z")
        Instant updatedAt,

        @Schema(required = true, description = "Also sent as the ETag; send it back in If-Match", example = "1")
        long version,

        @Schema(
                description = "Invitees who cannot come at this time, and why; only in the answer to creating or "
                        + "changing the session")
        List<ConflictDto> availabilityConflicts,

        @Schema(
                description = "Needs the venue and arrangements leave unmet; only in the answer to creating or "
                        + "changing the session")
        List<AccessGapDto> accessGaps) {}
