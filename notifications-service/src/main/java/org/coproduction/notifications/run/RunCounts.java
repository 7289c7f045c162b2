package org.coproduction.notifications.run;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A run as ops see it: what it found due and what became of each. */
@Schema(name = "DigestRun", description = "A digest run and what became of the deliveries it created.")
public record RunCounts(
        @Schema(required = true, description = "The run's id", example = "6f1c2c6e-1f7e-4a8e-9d7a-2b1f8c0d9e11")
        UUID id,

        @Schema(
                required = true,
                description = "QUEUED, RUNNING, WAITING (finished, but some deliveries wait for a retry or for "
                        + "another service), COMPLETED or ABORTED (the run stopped early; see error)",
                enumeration = {"QUEUED", "RUNNING", "WAITING", "COMPLETED", "ABORTED"},
                example = "COMPLETED")
        String status,

        @Schema(required = true, description = "Whether digests were sent even if not due", example = "false")
        boolean forced,

        @Schema(
                required = true,
                description = "Who started it: the schedule or ops",
                enumeration = {"SCHEDULE", "OPS"},
                example = "OPS")
        String trigger,

        @Schema(
                required = true,
                description = "Deliveries the run created (sent + failed + skipped + waiting + ready)",
                example = "3")
        long due,

        @Schema(required = true, description = "Deliveries sent", example = "2")
        long sent,

        @Schema(
                required = true,
                description = "Deliveries settled without being sent: FAILED, REJECTED by the mail server, or "
                        + "UNKNOWN (in flight when the service stopped)",
                example = "0")
        long failed,

        @Schema(required = true, description = "Deliveries skipped; the delivery log says why each was", example = "1")
        long skipped,

        @Schema(required = true, description = "Deliveries still waiting to be sent", example = "0")
        long waiting,

        @Schema(
                required = true,
                description = "Letters and call sheets made for people who asked for post or a phone call (READY,"
                        + " POSTED or CALLED): settled for the run, nothing to send",
                example = "0")
        long ready,

        @Schema(description = "Why the run stopped early, in plain words; absent otherwise")
        String error,

        @Schema(required = true, description = "When the run was started", example = "2027-03-29T07:00:00Z")
        Instant createdAt,

        @Schema(description = "When the run finished looking for people who are due; absent while it runs")
        Instant finishedAt,

        @Schema(
                required = true,
                description = "People the run was asked for by name but made no digest for, each with the reason"
                        + " (taking a break, withdrawn, no digests wanted, unsubscribed, not due yet, not"
                        + " registered); empty when there are none or the run was for everyone")
        List<LeftOut> leftOut) {

    /** One person a run left out, and why. */
    @Schema(name = "RunLeftOut", description = "A person a run was asked for but made no digest for, and why.")
    public record LeftOut(
            @Schema(required = true, description = "Who") UUID participantId,

            @Schema(required = true, description = "Why, in plain words", example = "participant is PAUSED")
            String reason) {}
}
