package org.coproduction.sessions.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.coproduction.platform.text.MultiLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Why a session is cancelled; the invitees are told")
public record CancelRequest(
        @Schema(required = true, example = "The venue is flooded; we will find a new date.")
        @NotBlank
        @Size(max = 1000)
        @MultiLine
        String reason) {}
