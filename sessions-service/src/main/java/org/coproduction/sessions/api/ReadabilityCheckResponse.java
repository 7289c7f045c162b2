package org.coproduction.sessions.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description =
                "How easy the text and each version are to read, checked before posting; nothing was stored or sent")
public record ReadabilityCheckResponse(
        @Schema(description = "The original, scored when it is English; null otherwise")
        ReadabilityDto readability,

        @Schema(required = true, description = "Each version, in the order given")
        List<VersionReadability> versions) {

    @Schema(name = "VersionReadability", description = "How easy one version is to read")
    public record VersionReadability(
            @Schema(required = true, example = "en") String language,
            @Schema(required = true, example = "true") boolean plain,

            @Schema(description = "Scored for English versions only; null for other languages (no warning)")
            ReadabilityDto readability) {}
}
