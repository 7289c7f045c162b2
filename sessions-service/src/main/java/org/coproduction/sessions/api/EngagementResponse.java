package org.coproduction.sessions.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.coproduction.sessions.domain.engagement.DriftCode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Engagement",
        description = "How one member is taking part in a project, and why (if at all) they seem to be drifting away. "
                + "Counts run back from the project's latest ended session; cancelled sessions and sensitive sessions "
                + "the person said they would not come to are left out.")
public record EngagementResponse(
        @Schema(required = true, example = "0b7c6a52-3f1e-4c1a-9a4e-2f0d7d3c9b11")
        UUID participantId,

        @Schema(
                required = true,
                description = "Their status in participants-service",
                enumeration = {"ACTIVE", "PAUSED", "WITHDRAWN"},
                example = "ACTIVE")
        String status,

        @Schema(required = true, description = "True while they are on a break (PAUSED)", example = "false")
        boolean onBreak,

        @Schema(
                description = "When the last session they came to started; null if they never came",
                example = "2026-09-14T17:00:00Z")
        Instant lastAttendedAt,

        @Schema(
                required = true,
                description = "Sessions with attendance recorded that they missed, in a row",
                example = "3")
        int missedInARow,

        @Schema(required = true, description = "Invitations they declined, in a row", example = "0")
        int declinedInARow,

        @Schema(required = true, description = "Invitations they left unanswered, in a row", example = "1")
        int unansweredInARow,

        @Schema(
                description = "The day they last opened the participant portal (kept to the day); null if never",
                example = "2026-11-02T00:00:00Z")
        Instant lastPortalVisitAt,

        @Schema(description = "When a check-in was last sent to them; null if never", example = "2026-10-05T06:00:00Z")
        Instant lastCheckInAt,

        @Schema(
                required = true,
                description = "Why they seem to be drifting away; empty if they are not (always empty on a break or "
                        + "after leaving)")
        List<Reason> reasons) {

    @Schema(name = "DriftReason", description = "One reason someone seems to be drifting away")
    public record Reason(
            @Schema(required = true, example = "MISSED_SESSIONS")
            DriftCode code,

            @Schema(required = true, description = "How many sessions, weeks or invitations", example = "3")
            int count,

            @Schema(
                    required = true,
                    description = "The reason in plain English",
                    example = "not at the last 3 sessions")
            String text) {}
}
