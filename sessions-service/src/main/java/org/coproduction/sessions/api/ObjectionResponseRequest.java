package org.coproduction.sessions.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.coproduction.platform.text.MultiLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ObjectionResponseRequest", description = "The coordinator's written response to an objection")
public record ObjectionResponseRequest(
        @Schema(
                required = true,
                description = "At most 2000 characters, several lines",
                example = "We can pay for childcare on Monday evenings. Would that help?")
        @NotBlank
        @Size(max = 2000)
        @MultiLine
        String response) {}
