package org.coproduction.participants.api;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.coproduction.participants.domain.SupportPreference;
import org.coproduction.participants.domain.TrainingTopic;
import org.coproduction.platform.text.MultiLine;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Support", description = "Training and mentoring the person would like.")
public record SupportDto(
        @Schema(
                description =
                        "Training topics from the one training vocabulary (sessions-service's training sessions use the same words); repeats are kept once. Anything else goes in `trainingNotes`.",
                type = SchemaType.ARRAY,
                implementation = TrainingTopic.class,
                example = "[\"FACILITATION\", \"PUBLIC_SPEAKING\"]")
        @Size(max = 15, message = "lists at most 15 topics")
        List<@EnumName(TrainingTopic.class) String> trainingInterests,

        @Schema(
                enumeration = {"GROUP", "ONE_TO_ONE", "NO_PREFERENCE"},
                example = "ONE_TO_ONE",
                description = "Default NO_PREFERENCE.")
        @EnumName(SupportPreference.class)
        String preference,

        @Schema(
                description =
                        "Mentor or buddy: another registered participant. Only a coordinator names or changes it; a participant sends back what they read (or asks with `wantsMentor`).",
                example = "5f0c9a8e-3c1d-4c34-9d2f-1b2a3c4d5e6f")
        UUID mentorId,

        @Schema(description = "The person asks for a mentor or buddy. Default false.", example = "true")
        Boolean wantsMentor,

        @Schema(description = "The person offers to mentor or buddy someone. Default false.", example = "false")
        Boolean offersMentoring,

        @Schema(
                description = "Anything else the person would like to learn, in their own words.",
                example = "Also asked for: BOOKKEEPING",
                maxLength = 500)
        @Size(max = 500)
        @MultiLine
        String trainingNotes,

        @Schema(
                readOnly = true,
                description =
                        "Set by the service: when `trainingInterests` last went from empty to not empty; null while it is empty. Ignored when sent back.",
                example = "2026-11-20T09:30:00Z")
        Instant trainingAskedAt,

        @Schema(
                readOnly = true,
                description =
                        "Set by the service: when `wantsMentor` last became true; null while it is false. Ignored when sent back.",
                example = "2026-11-20T09:30:00Z")
        Instant mentorAskedAt) {

    public static SupportDto defaults() {
        return new SupportDto(List.of(), SupportPreference.NO_PREFERENCE.name(), null, false, false, null, null, null);
    }
}
