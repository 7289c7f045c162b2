package org.coproduction.sessions.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Find times that suit the most people. Required people are added to participantIds.")
public record SlotSearchRequest(
        @Schema(required = true, description = "Who to ask (1 to 1000)") @NotNull @Size(min = 1, max = 1000)
        List<@NotNull UUID> participantIds,

        @Schema(description = "People the session cannot happen without") @Size(max = 1000)
        List<@NotNull UUID> requiredParticipantIds,

        @Schema(required = true, example = "2027-03-15T00:00:00Z") @NotNull
        Instant from,

        @Schema(required = true, example = "2027-04-30T00:00:00Z") @NotNull
        Instant to,

        @Schema(required = true, example = "90") @NotNull @Min(5) @Max(720)
        Integer durationMinutes,

        @Schema(description = "Gap between candidate starts (default 30)", example = "30") @Min(5) @Max(1440)
        Integer stepMinutes,

        @Schema(description = "Fewest people free for a slot to count (default 1)", example = "3") @Min(1) @Max(1000)
        Integer minAttendees,

        @Schema(description = "Most slots to return (default 10)", example = "10") @Min(1) @Max(100)
        Integer limit) {}
