package org.coproduction.participants.api;

import jakarta.validation.constraints.Size;
import org.coproduction.participants.domain.PaymentForTime;
import org.coproduction.platform.text.MultiLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "FinancialSupport",
        description = "Payment for time and the costs of taking part that the person claims.")
public record FinancialSupportDto(
        @Schema(
                enumeration = {"WANTS_PAYMENT", "DECLINES_PAYMENT", "VOUCHERS"},
                example = "WANTS_PAYMENT",
                description =
                        "Paid for time, declines payment (e.g. because of benefit rules), or paid in vouchers. Default WANTS_PAYMENT.")
        @EnumName(PaymentForTime.class)
        String paymentForTime,

        @Schema(description = "Claims travel costs.", example = "true")
        Boolean travel,

        @Schema(description = "Claims childcare costs.", example = "true")
        Boolean childcare,

        @Schema(description = "Claims cover for someone they care for.", example = "false")
        Boolean careCover,

        @Schema(description = "Is provided meals at sessions.", example = "true")
        Boolean meals,

        @Schema(example = "vegetarian", maxLength = 500) @Size(max = 500) @MultiLine
        String dietaryRequirements) {

    public static FinancialSupportDto defaults() {
        return new FinancialSupportDto(PaymentForTime.WANTS_PAYMENT.name(), false, false, false, false, null);
    }
}
