package org.coproduction.sessions.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Arrangements", description = "What is booked for access. Missing booleans are false.")
public record ArrangementsDto(
        @Schema(
                description = "Interpretation languages booked, as language codes; \"bfi\" is British Sign Language",
                example = "[\"bfi\"]")
        @Size(max = 10)
        List<
                        @NotBlank
                        @Pattern(
                                regexp = "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*",
                                message = "must be a language code such as bfi or pl")
                        String>
                interpretation,

        @Schema(description = "Live captions", example = "true")
        Boolean captions,

        @Schema(example = "false") Boolean largePrintMaterials,
        @Schema(example = "true") Boolean easyReadMaterials,

        @Schema(description = "Regular breaks planned", example = "true")
        Boolean breaks,

        @Schema(
                description = "A quiet room or break-out space arranged; meets a QUIET_SPACE need, and a sensitive "
                        + "session needs it (or a venue that offers one)",
                example = "true")
        Boolean quietSpace) {

    public static ArrangementsDto none() {
        return new ArrangementsDto(List.of(), false, false, false, false, false);
    }
}
