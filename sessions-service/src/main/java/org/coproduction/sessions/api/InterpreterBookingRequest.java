package org.coproduction.sessions.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "InterpreterBookingRequest",
        description = "Whether an interpreter is booked, what it costs, the reference")
public record InterpreterBookingRequest(
        @Schema(required = true, description = "True once the interpreter is confirmed", example = "true") @NotNull
        Boolean booked,

        @Schema(
                description = "What it costs, an exact decimal (a number, at most 2 decimal places, 0 < cost ≤ 100000) "
                        + "in the deployment's currency; null while not known",
                example = "180.00")
        @DecimalMin(value = "0", inclusive = false)
        @DecimalMax("100000")
        @Digits(integer = 6, fraction = 2, message = "must have at most 2 decimal places")
        BigDecimal cost,

        @Schema(description = "The agency's booking reference (one line, at most 100 characters)", example = "SL-2291")
        @Size(max = 100)
        String reference) {}
