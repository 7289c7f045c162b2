package org.coproduction.sessions.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.coproduction.sessions.domain.costs.PaidAs;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A coordinator records that an approved line was paid")
public record PayRequest(
        @Schema(required = true, description = "Not in the future, not before the session", example = "2027-03-10")
        @NotNull
        LocalDate paidOn,

        @Schema(required = true, description = "As approved: MONEY or VOUCHERS") @NotNull
        PaidAs method,

        @Schema(description = "Finance's reference, one line", example = "BACS 2027-03-10/14") @Size(max = 100)
        String reference) {}
