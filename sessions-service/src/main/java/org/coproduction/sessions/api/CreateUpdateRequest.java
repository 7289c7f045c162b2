package org.coproduction.sessions.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.coproduction.platform.text.MultiLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Background work on a project that people should hear about")
public record CreateUpdateRequest(
        @Schema(required = true, example = "New room booked") @NotBlank @Size(max = 200)
        String title,

        @Schema(
                required = true,
                example = "We found a room with step-free access near the station. We meet there from May.")
        @NotBlank
        @Size(max = 20000)
        @MultiLine
        String body) {}
