package org.coproduction.notifications.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** POST /digests/runs: everyone who is due, or only the people named; force ignores the schedule. */
public record RunRequest(
        @Schema(description = "Only these people (default: everyone active)") @Size(max = 10000)
        List<@NotNull UUID> participantIds,

        @Schema(description = "Send now even if not due (never to people who are paused, withdrawn or chose NEVER)")
        Boolean force) {

    public boolean forced() {
        return Boolean.TRUE.equals(force);
    }
}
