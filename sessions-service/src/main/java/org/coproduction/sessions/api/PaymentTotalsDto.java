package org.coproduction.sessions.api;

import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "PaymentTotals",
        description = "What a person was paid in a calendar year (by paidOn), and what is still owed from claims made "
                + "that year")
public record PaymentTotalsDto(
        @Schema(required = true, example = "0b7c6a52-3f1e-4c1a-9a4e-2f0d7d3c9b11")
        UUID participantId,

        @Schema(required = true, example = "2027") int year,
        @Schema(required = true, example = "GBP") String currency,
        @Schema(required = true, example = "112.50") BigDecimal paid,
        @Schema(required = true, example = "75.00") BigDecimal paidAsMoney,
        @Schema(required = true, example = "37.50") BigDecimal paidAsVouchers,

        @Schema(required = true, description = "APPROVED, not yet paid", example = "25.00")
        BigDecimal approved,

        @Schema(required = true, description = "CLAIMED, not yet approved", example = "15.00")
        BigDecimal claimed) {}
