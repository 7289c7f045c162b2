package org.coproduction.participants.api;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ConsentWithdrawal", description = "The part of the record the person no longer wants held.")
public record ConsentWithdrawal(
        @Schema(
                required = true,
                enumeration = {"ACCESS_NEEDS", "FINANCIAL_SUPPORT"},
                example = "ACCESS_NEEDS")
        @NotNull
        @EnumName(WithdrawablePart.class)
        String part) {

    /** The parts a person may withdraw on their own (the whole record goes by erasure). */
    @Schema(name = "ConsentPart", description = "A part of the record consent can be withdrawn for.")
    public enum WithdrawablePart {
        ACCESS_NEEDS,
        FINANCIAL_SUPPORT
    }
}
