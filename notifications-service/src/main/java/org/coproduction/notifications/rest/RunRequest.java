package org.coproduction.notifications.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * POST /digests/runs: everyone who is due (participantIds left out), or only the people named (at least one: an empty
 * list is refused rather than read as everyone); force ignores the schedule.
 */
@Schema(
        name = "DigestRunInput",
        description = "Which people a digest run is for; the empty object {} means everyone who is due.")
public record RunRequest(
        @Schema(
                description = "Only these people: at least one. Leave the member out to mean everyone active; an "
                        + "empty list is refused (400), because a filter that came out empty means no one, and a "
                        + "run for no one is a mistake the caller should see",
                example = "[\"0b7c6a1e-2d3f-4a5b-8c9d-0e1f2a3b4c5d\"]")
        @Size(min = 1, max = 10000)
        List<@NotNull UUID> participantIds,

        @Schema(
                description = "Send now even if not due (never to people who are paused, withdrawn or chose NEVER); "
                        + "default false",
                example = "false")
        Boolean force,

        @Schema(
                description = "Whether a forced digest counts as each person's digest for the period, so the "
                        + "schedule sends them no second one for it; default true. false: an extra digest, and the "
                        + "period's digest still goes out when due (skipped if nothing is new by then)",
                example = "true")
        Boolean countsForPeriod) {

    /** Without countsForPeriod (older callers). */
    public RunRequest(List<UUID> participantIds, Boolean force) {
        this(participantIds, force, null);
    }

    public boolean forced() {
        return Boolean.TRUE.equals(force);
    }

    public boolean countsForThePeriod() {
        return !Boolean.FALSE.equals(countsForPeriod);
    }
}
