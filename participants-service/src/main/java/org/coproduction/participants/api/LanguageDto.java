package org.coproduction.participants.api;

import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Language", description = "The language a person reads and speaks in, and interpretation they need.")
public record LanguageDto(
        @Schema(
                description =
                        "Preferred language as a BCP 47 tag; digests use it where a translation exists. Default en.",
                example = "cy")
        @Pattern(
                regexp = "^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$",
                message = "must be a language tag such as en, cy or gd")
        String preferred,

        @Schema(
                description = "Interpretation language needed, as an ISO 639 code: bfi for British Sign Language.",
                example = "bfi")
        @Pattern(
                regexp = "^[a-z]{2,3}(-[a-zA-Z0-9]{2,8})*$",
                message = "must be a language code such as bfi (British Sign Language) or pl")
        String interpretation,

        @Schema(description = "Prefers plain-language or easy-read writing.", example = "true")
        Boolean plainLanguage) {

    public static LanguageDto defaults() {
        return new LanguageDto("en", null, false);
    }
}
