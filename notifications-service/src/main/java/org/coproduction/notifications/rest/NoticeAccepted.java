package org.coproduction.notifications.rest;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Notice", description = "A notice that has been accepted; it is sent in the background.")
public record NoticeAccepted(
        @Schema(required = true, description = "The notice's id", example = "3c9e1a7b-6d2f-4e8a-9b0c-1d2e3f4a5b6c")
        UUID id,

        @Schema(
                required = true,
                description = "How many people it goes to: one delivery each, however often a person was named",
                example = "12")
        long deliveries) {}
