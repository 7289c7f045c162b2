package org.coproduction.sessions.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.coproduction.sessions.domain.SessionFormat;
import org.coproduction.sessions.domain.SessionStyle;
import org.coproduction.sessions.domain.TrainingTopic;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "TrainingSuggestion",
        description = "An upcoming TRAINING session that shares a topic with the person's training interests, in the "
                + "style they prefer")
public record TrainingSuggestionDto(
        @Schema(required = true, example = "5f0c1d2e-8a7b-4c3d-9e1f-2a3b4c5d6e7f")
        UUID sessionId,

        @Schema(required = true, example = "7a1c2d3e-4f50-4617-8829-3a4b5c6d7e8f")
        UUID projectId,

        @Schema(required = true, example = "Redesigning the crisis line")
        String projectName,

        @Schema(required = true, example = "Facilitation, one to one")
        String title,

        @Schema(required = true, example = "2027-03-29T17:00:00Z")
        Instant start,

        @Schema(required = true, example = "2027-03-29T18:30:00Z")
        Instant end,

        @Schema(required = true, example = "Europe/London") String timeZone,
        @Schema(required = true) SessionFormat format,
        @Schema(required = true) SessionStyle style,

        @Schema(required = true, description = "Everything the session teaches", example = "[\"FACILITATION\"]")
        List<TrainingTopic> trainingTopics,

        @Schema(
                required = true,
                description = "The topics it shares with the person's interests",
                example = "[\"FACILITATION\"]")
        List<TrainingTopic> matchingTopics) {}
