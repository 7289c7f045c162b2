package org.coproduction.sessions.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.coproduction.sessions.domain.TrainingTopic;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "SupportWait",
        description = "A project member still waiting for the training or the mentor they asked for")
public record SupportWaitResponse(
        @Schema(required = true, example = "0b7c6a52-3f1e-4c1a-9a4e-2f0d7d3c9b11")
        UUID participantId,

        @Schema(
                required = true,
                description = "TRAINING: no TRAINING session sharing one of their topics attended since they asked; "
                        + "MENTOR: still no mentor",
                enumeration = {"TRAINING", "MENTOR"},
                example = "TRAINING")
        String kind,

        @Schema(description = "For TRAINING, the topics they asked for; null for MENTOR")
        List<TrainingTopic> topics,

        @Schema(
                description = "How they would like it: GROUP, ONE_TO_ONE or NO_PREFERENCE",
                enumeration = {"GROUP", "ONE_TO_ONE", "NO_PREFERENCE"},
                example = "GROUP")
        String preference,

        @Schema(required = true, description = "When they asked", example = "2026-09-01T10:00:00Z")
        Instant askedAt,

        @Schema(required = true, description = "Whole days since they asked", example = "87")
        long waitingDays) {}
