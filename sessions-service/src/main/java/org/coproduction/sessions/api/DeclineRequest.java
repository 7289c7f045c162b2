package org.coproduction.sessions.api;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The person says they do not want this, or a coordinator declines it")
public record DeclineRequest(
        @Schema(description = "Why, one line", example = "I don't want this") @Size(max = 500)
        String reason) {}
