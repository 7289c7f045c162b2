package org.coproduction.sessions.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;
import org.coproduction.sessions.domain.payments.PaymentItem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A cost met for someone, added by hand: INTERPRETER or OTHER, for an invitee of the session")
public record AddPaymentRequest(
        @Schema(required = true, example = "0b7c6a52-3f1e-4c1a-9a4e-2f0d7d3c9b11") @NotNull
        UUID participantId,

        @Schema(required = true, description = "INTERPRETER or OTHER", example = "INTERPRETER") @NotNull
        PaymentItem item,

        @Schema(
                required = true,
                description = "Exact, at most 2 decimal places, more than 0, at most 100000",
                example = "180.00")
        @NotNull
        @DecimalMin(value = "0", inclusive = false)
        @DecimalMax("100000")
        @Digits(integer = 6, fraction = 2, message = "must have at most 2 decimal places")
        BigDecimal amount,

        @Schema(description = "What it is for, one line", example = "BSL interpreter") @Size(max = 500)
        String description) {}
