package org.coproduction.participants.api;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A payment for time someone proposes to make, with the person's earlier ones it may add to. */
@Schema(
        name = "BenefitsCheck",
        description = "A payment for time in money that is about to be approved, and the person's earlier payments for"
                + " time in money already approved or paid (with the day each was or will be paid).")
public record BenefitsCheckRequest(
        @Schema(required = true) Payment proposed,

        @Schema(
                description = "Up to 500 earlier payments; left out means none. Those outside the period of the"
                        + " proposed payment are ignored.",
                maxItems = 500)
        @Size(max = 500, message = "lists at most 500 payments")
        List<Payment> earlier) {

    @Schema(name = "BenefitsCheckPayment", description = "An amount of money paid for time, and its day.")
    public record Payment(
            @Schema(
                    required = true,
                    description =
                            "A number (not a string) more than 0, at most 100000, with at most 2 decimal" + " places.",
                    example = "25.00",
                    minimum = "0",
                    exclusiveMinimum = true,
                    maximum = "100000",
                    multipleOf = 0.01)
            BigDecimal amount,

            @Schema(required = true, description = "The day it was or will be paid.", example = "2027-03-05")
            LocalDate on) {}
}
