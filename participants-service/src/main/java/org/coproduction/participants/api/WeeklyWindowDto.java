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
                type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                example = "18:00",
                format = "HH:mm")
        @NotNull
        @JsonFormat(pattern = "HH:mm")
        LocalTime start,

        @Schema(
                type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                example = "20:30",
                format = "HH:mm")
        @NotNull
        @JsonFormat(pattern = "HH:mm")
        LocalTime end) {}
