package org.coproduction.sessions.api;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "SensitiveView",
        description = "A session on a sensitive topic: its content note and the person attendees can turn to")
public record SensitiveView(
        @Schema(required = true, example = "We will talk about experiences of crisis care")
        String contentNote,

        @Schema(
                description = "The wellbeing contact; null once the person named was erased (name another with PATCH)",
                example = "0b7c6a52-3f1e-4c1a-9a4e-2f0d7d3c9b11")
        UUID wellbeingContactId) {}
