package org.coproduction.sessions.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EngagementRun", description = "What one run of the engagement job queued")
public record EngagementRunResponse(
        @Schema(
                required = true,
                description = "Engagement summaries queued to projects' coordinators (at most one per project and ISO "
                        + "week)",
                example = "1")
        int summaries,

        @Schema(
                required = true,
                description = "Check-ins queued to people drifting away (at most one per person within "
                        + "sessions.engagement.check-in-every)",
                example = "2")
        int checkIns) {}
