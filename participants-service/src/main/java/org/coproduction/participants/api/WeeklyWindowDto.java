package org.coproduction.participants.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "WeeklyWindow",
        description =
                "A time the person can usually take part, in local time in their own zone. End after start, same day.")
public record WeeklyWindowDto(
        @Schema(
                enumeration = {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"},
                example = "MONDAY")
        @NotNull
        @EnumName(DayOfWeek.class)
        String day,

        @Schema(
                implementation = String.class,
                description = "Local time as HH:mm (24-hour clock).",
                example = "18:00",
                pattern = HH_MM)
        @NotNull
        @JsonFormat(pattern = "HH:mm")
        LocalTime start,

        @Schema(
                implementation = String.class,
                description = "Local time as HH:mm, after start on the same day.",
                example = "20:30",
                pattern = HH_MM)
        @NotNull
        @JsonFormat(pattern = "HH:mm")
        LocalTime end) {

    /** Two-digit hour and minute: the one form Jackson's {@code HH:mm} pattern reads. */
    static final String HH_MM = "^([01][0-9]|2[0-3]):[0-5][0-9]$";
}
