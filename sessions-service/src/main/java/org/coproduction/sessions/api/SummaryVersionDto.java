package org.coproduction.sessions.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.coproduction.platform.text.MultiLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "SummaryVersion",
        description = "The summary rewritten in another language and/or at a plain reading level. Its decisions "
                + "and actions line up by position with the original's; either may be left out (not rewritten)")
public record SummaryVersionDto(
        @Schema(required = true, description = ContentLanguage.DESCRIPTION, example = "cy")
        @NotNull
        @Pattern(regexp = ContentLanguage.PATTERN, message = ContentLanguage.MESSAGE)
        String language,

        @Schema(required = true, description = ContentLanguage.PLAIN, example = "true") @NotNull
        Boolean plain,

        @Schema(required = true, example = "Fe wnaethon ni gytuno ar y pynciau.")
        @NotBlank
        @Size(max = 20000)
        @MultiLine
        String summary,

        @Schema(description = "The decisions, in the original's order", example = "[\"Gweithdai ar ddydd Llun\"]")
        @Size(max = 100)
        @MultiLine
        List<@NotBlank @Size(max = 2000) String> decisions,

        @Schema(
                description = "The actions' descriptions, in the original's order",
                example = "[\"Archebu'r ystafell\"]")
        @Size(max = 100)
        @MultiLine
        List<@NotBlank @Size(max = 1000) String> actions) {}
