package org.coproduction.participants.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Availability", description = "When the person can take part: weekly windows, absences and limits.")
public record AvailabilityDto(
        @Schema(
                description =
                        "Weekly windows in local time (they follow daylight-saving changes). Windows on one day must not overlap.")
        @Size(max = 50)
        List<@Valid @NotNull WeeklyWindowDto> weekly,

        @Schema(description = "Absences (holidays, hospital stays, caring duties).") @Size(max = 200)
        List<@Valid @NotNull AbsenceDto> unavailable,

        @Schema(
                description = "At most this many sessions a month; absent means no limit.",
                example = "4",
                minimum = "0")
        @PositiveOrZero
        @Max(100)
        Integer maxSessionsPerMonth,

        @Schema(
                description = "Needs at least this many days' notice of a session. Default 0.",
                example = "7",
                minimum = "0")
        @PositiveOrZero
        @Max(365)
        Integer minNoticeDays) {

    public static AvailabilityDto defaults() {
        return new AvailabilityDto(List.of(), List.of(), null, 0);
    }
}
