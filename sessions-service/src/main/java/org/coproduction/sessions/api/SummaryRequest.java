package org.coproduction.sessions.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.coproduction.platform.text.MultiLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What happened in a session; replaces any earlier summary")
public record SummaryRequest(
        @Schema(required = true, example = "We agreed the topics for the spring workshops.")
        @NotBlank
        @Size(max = 20000)
        @MultiLine
        String summary,

        @Schema(example = "[\"Workshops on Mondays at 18:00\"]") @Size(max = 100) @MultiLine
        List<@NotBlank @Size(max = 2000) String> decisions,

        @Size(max = 100) List<@Valid @NotNull ActionDto> actions,

        @Schema(description = ContentLanguage.ORIGINAL, example = "en")
        @Pattern(regexp = ContentLanguage.PATTERN, message = ContentLanguage.MESSAGE)
        String language,

        @Schema(
                description = "At most 10 rewrites: each (language, plain) once, none the original's own language "
                        + "unless plain; decisions and actions line up with the original's by position")
        @Size(max = 10)
        List<@Valid @NotNull SummaryVersionDto> versions) {}
