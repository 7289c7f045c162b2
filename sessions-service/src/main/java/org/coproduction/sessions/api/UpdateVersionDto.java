package org.coproduction.sessions.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.coproduction.platform.text.MultiLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "UpdateVersion",
        description = "The update rewritten in another language and/or at a plain reading level")
public record UpdateVersionDto(
        @Schema(required = true, description = ContentLanguage.DESCRIPTION, example = "cy")
        @NotNull
        @Pattern(regexp = ContentLanguage.PATTERN, message = ContentLanguage.MESSAGE)
        String language,

        @Schema(required = true, description = ContentLanguage.PLAIN, example = "true") @NotNull
        Boolean plain,

        @Schema(required = true, example = "Ystafell newydd") @NotBlank @Size(max = 200)
        String title,

        @Schema(required = true, example = "Mae gennym ystafell newydd ger yr orsaf.")
        @NotBlank
        @Size(max = 20000)
        @MultiLine
        String body) {}
