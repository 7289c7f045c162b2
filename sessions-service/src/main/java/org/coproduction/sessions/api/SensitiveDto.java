package org.coproduction.sessions.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.coproduction.platform.text.MultiLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Sensitive",
        description = "A session on a sensitive topic: the content note shown in the invitation, reminder and digest, "
                + "and the person attendees can turn to. Attendees are offered a follow-up afterwards.")
public record SensitiveDto(
        @Schema(
                required = true,
                description = "1 to 500 characters; line breaks allowed",
                example = "We will talk about experiences of crisis care")
        @NotBlank
        @Size(max = 500)
        @MultiLine
        String contentNote,

        @Schema(
                required = true,
                description = "The wellbeing contact: a registered participant",
                example = "0b7c6a52-3f1e-4c1a-9a4e-2f0d7d3c9b11")
        @NotNull
        UUID wellbeingContactId) {}
