package org.coproduction.sessions.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "SessionArrangements",
        description = "What a session needs arranging for the people expected (invitees who did not say NOT_COMING), "
                + "and what is still missing")
public record ArrangementsResponse(
        @Schema(required = true, example = "0b7c6a52-3f1e-4c1a-9a4e-2f0d7d3c9b11")
        UUID sessionId,

        @Schema(required = true, description = "Invitees who did not say NOT_COMING", example = "12")
        int expected,

        @Schema(required = true, description = "The currency of interpreters' costs", example = "GBP")
        String currency,

        @Schema(required = true, description = "Grouped ignoring case and spacing, most common first")
        List<Dietary> dietary,

        @Schema(required = true, description = "Languages needed or booked, in alphabetical order")
        List<Interpreter> interpreters,

        @Schema(
                required = true,
                description = "Large-print copies: LARGE_PRINT needs and people who read in large print")
        Copies largePrint,

        @Schema(required = true, description = "Easy-read copies: EASY_READ needs")
        Copies easyRead,

        @Schema(required = true) QuietSpace quietSpace,

        @Schema(
                required = true,
                description = "What is still to arrange, in plain words",
                example = "[\"1 person needs an interpreter (bfi) and none is booked\"]")
        List<String> missing) {

    @Schema(name = "DietaryRequirement")
    public record Dietary(
            @Schema(required = true, description = "Lower case, spaces collapsed", example = "vegetarian")
            String requirement,

            @Schema(required = true, example = "2") int count,

            @Schema(
                    description = "Who, by name, only when names=true was asked for; null otherwise",
                    example = "[\"Aisha Khan\"]")
            List<String> names) {}

    @Schema(name = "InterpreterNeeded")
    public record Interpreter(
            @Schema(required = true, description = "bfi is British Sign Language", example = "bfi")
            String language,

            @Schema(required = true, description = "Expected people who need it", example = "1")
            int neededBy,

            @Schema(required = true, example = "false") boolean booked,

            @Schema(description = "Exact decimal in currency", example = "180.00")
            BigDecimal cost,

            @Schema(example = "SL-2291") String reference) {}

    @Schema(name = "CopiesNeeded")
    public record Copies(
            @Schema(required = true, description = "Expected people who need them", example = "2")
            int needed,

            @Schema(required = true, example = "true") boolean arranged) {}

    @Schema(name = "QuietSpaceNeeded")
    public record QuietSpace(
            @Schema(
                    required = true,
                    description = "Someone needs one (in a room) or the session is on a sensitive topic",
                    example = "true")
            boolean needed,

            @Schema(required = true, example = "false") boolean arranged) {}
}
