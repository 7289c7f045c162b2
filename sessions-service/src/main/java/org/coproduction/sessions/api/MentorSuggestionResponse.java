package org.coproduction.sessions.api;

import java.util.List;
import java.util.UUID;
import org.coproduction.sessions.domain.TrainingTopic;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "MentorSuggestion",
        description = "Someone who offered to mentor or buddy, is ACTIVE, shares a training interest and the preferred "
                + "language with the person, has come to more sessions than they have, and has room for another mentee")
public record MentorSuggestionResponse(
        @Schema(required = true, example = "3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a99")
        UUID mentorId,

        @Schema(
                required = true,
                description = "The person's training interests the mentor shares, in the person's order")
        List<TrainingTopic> sharedInterests,

        @Schema(required = true, description = "The preferred language they share", example = "en")
        String language,

        @Schema(
                required = true,
                description = "Sessions the mentor attended (not cancelled), all projects",
                example = "12")
        long sessionsAttended,

        @Schema(required = true, description = "People the mentor already supports", example = "1")
        int mentees,

        @Schema(
                required = true,
                description = "How many more people they can support (sessions.mentoring.max-mentees less mentees)",
                example = "2")
        int capacity) {}
