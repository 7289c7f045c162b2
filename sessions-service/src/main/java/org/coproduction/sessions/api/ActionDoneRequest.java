package org.coproduction.sessions.api;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Mark an action done, or open again")
public record ActionDoneRequest(
        @Schema(required = true, example = "true") @NotNull Boolean done) {}
