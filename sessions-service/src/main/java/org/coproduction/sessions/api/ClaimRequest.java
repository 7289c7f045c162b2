package org.coproduction.sessions.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The person (or a coordinator for them) claims a line")
public record ClaimRequest(
        @Schema(
                required = true,
                description = "Exact, at most 2 decimal places, more than 0, at most 100000",
                example = "37.50")
        @NotNull
        @DecimalMin(value = "0", inclusive = false)
        @DecimalMax("100000")
        @Digits(integer = 6, fraction = 2, message = "must have at most 2 decimal places")
        BigDecimal amount,

        @Schema(description = "A receipt's reference, one line", example = "Receipt 1142") @Size(max = 100)
        String receiptReference) {}
