package org.coproduction.participants.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Consent",
        description =
                "When the person agreed (not in the future) that this information is held, and to which version of the privacy notice.")
public record ConsentDto(
        @Schema(example = "2026-11-25T10:00:00Z") @NotNull Instant givenAt,

        @Schema(example = "2026-11", maxLength = 40) @NotBlank @Size(max = 40)
        String version) {}
