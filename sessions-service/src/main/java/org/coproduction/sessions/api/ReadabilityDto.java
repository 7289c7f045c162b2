package org.coproduction.sessions.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Readability", description = "How easy a text is to read. A warning only: nothing is refused.")
public record ReadabilityDto(
        @Schema(
                required = true,
                description = "Flesch reading ease (English): higher is easier, 60+ is plain English",
                example = "72.3")
        double score,

        @Schema(required = true, description = "Flesch-Kincaid school grade", example = "6.1")
        double gradeLevel,

        @Schema(required = true, example = "54") int words,
        @Schema(required = true, example = "5") int sentences,

        @Schema(required = true, description = "Jargon found, from the configured list", example = "[\"stakeholder\"]")
        List<String> jargon,

        @Schema(required = true, description = "Sentences longer than the configured limit")
        List<String> longSentences,

        @Schema(
                required = true,
                description = "Suggestions in plain words",
                example = "[\"Swap jargon for everyday words: stakeholder.\"]")
        List<String> advice) {}
