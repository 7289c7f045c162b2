package org.coproduction.sessions.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.coproduction.platform.text.MultiLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Background work on a project that people should hear about, with any versions of it")
public record CreateUpdateRequest(
        @Schema(required = true, example = "New room booked") @NotBlank @Size(max = 200)
        String title,

        @Schema(
                required = true,
                example = "We found a room with step-free access near the station. We meet there from May.")
        @NotBlank
        @Size(max = 20000)
        @MultiLine
        String body,

        @Schema(description = ContentLanguage.ORIGINAL, example = "en")
        @Pattern(regexp = ContentLanguage.PATTERN, message = ContentLanguage.MESSAGE)
        String language,

        @Schema(
                description = "At most 10 rewrites: each (language, plain) once, none the original's own language "
                        + "unless plain")
        @Size(max = 10)
        List<@Valid @NotNull UpdateVersionDto> versions) {}
