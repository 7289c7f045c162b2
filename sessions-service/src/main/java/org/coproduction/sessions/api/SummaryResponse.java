package org.coproduction.sessions.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The record of a session")
public record SummaryResponse(
        @Schema(required = true, description = "The session", example = "5f0c1d2e-8a7b-4c3d-9e1f-2a3b4c5d6e7f")
        UUID sessionId,

        @Schema(
                description = "What happened; null until recorded",
                example = "We agreed the topics for the spring workshops.")
        String summary,

        @Schema(required = true, description = "What was decided, in plain words")
        List<String> decisions,

        @Schema(required = true) List<ActionDto> actions,

        @Schema(required = true, description = "The language it is written in", example = "en")
        String language,

        @Schema(required = true, description = "Its versions in other languages or plain words")
        List<SummaryVersionDto> versions,

        @Schema(description = "When it was recorded; null until then", example = "2027-03-29T19:00:00Z")
        Instant recordedAt) {}
