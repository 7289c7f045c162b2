package org.coproduction.sessions.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.coproduction.sessions.domain.costs.PaidAs;
import org.coproduction.sessions.domain.payments.BenefitsWarning;
import org.coproduction.sessions.domain.payments.PaymentItem;
import org.coproduction.sessions.domain.payments.PaymentStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "PaymentLine",
        description = "One amount owed to one person for one thing at one session, from the estimate made when "
                + "attendance was recorded to the day it was paid. Kept after the person is erased, naming only the "
                + "payee pseudonym.")
public record PaymentLineDto(
        @Schema(required = true, example = "7c9e6679-7425-40de-944b-e07fc1f90ae7")
        UUID id,

        @Schema(required = true, example = "5f0c1d2e-8a7b-4c3d-9e1f-2a3b4c5d6e7f")
        UUID sessionId,

        @Schema(required = true, example = "1b4e28ba-2fa1-41d2-883f-0016d3cca427")
        UUID projectId,

        @Schema(
                description = "The person paid; null once they were erased",
                example = "0b7c6a52-3f1e-4c1a-9a4e-2f0d7d3c9b11")
        UUID participantId,

        @Schema(
                required = true,
                description = "The person's payee pseudonym, the same on all their lines and kept after erasure",
                example = "P-3f9a1c07")
        String payee,

        @Schema(required = true) PaymentItem item,

        @Schema(description = "What a line added by hand is for", example = "BSL interpreter for Aisha")
        String description,

        @Schema(required = true) PaymentStatus status,
        @Schema(required = true, example = "GBP") String currency,

        @Schema(required = true, description = "The estimate (or the amount a line was added with)", example = "37.50")
        BigDecimal estimated,

        @Schema(description = "What was claimed; null until CLAIMED", example = "37.50")
        BigDecimal claimed,

        @Schema(description = "The person's receipt reference", example = "Receipt 1142")
        String receiptReference,

        @Schema(required = true, description = "MONEY or VOUCHERS")
        PaidAs paidAs,

        @Schema(description = "The day it was paid; null until PAID", example = "2027-03-10")
        LocalDate paidOn,

        @Schema(description = "Finance's reference for the payment", example = "BACS 2027-03-10/14")
        String paymentReference,

        @Schema(description = "Why it was declined, if a reason was given", example = "I don't want this")
        String declineReason,

        @Schema(
                description = "ACKNOWLEDGED when it was approved in money after a benefits-limit warning, with the "
                        + "person's agreement")
        BenefitsWarning benefitsWarning,

        @Schema(description = "When it was claimed, while CLAIMED or APPROVED", example = "2027-03-02T10:15:00Z")
        Instant owedSince,

        @Schema(description = "Whole days owed so far, while CLAIMED or APPROVED", example = "8")
        Long owedDays,

        @Schema(required = true, description = "Every step, oldest first")
        List<Step> history,

        @Schema(required = true, example = "2027-03-01T19:00:00Z")
        Instant createdAt,

        @Schema(required = true, example = "2") long version) {

    @Schema(name = "PaymentStep", description = "One step a payment line took")
    public record Step(
            @Schema(required = true) PaymentStatus status,

            @Schema(required = true, example = "2027-03-02T10:15:00Z")
            Instant at,

            @Schema(
                    description = "Who took it: a participant id, \"service\", or null (a coordinator whose token "
                            + "names no participant, or a person since erased)",
                    example = "0b7c6a52-3f1e-4c1a-9a4e-2f0d7d3c9b11")
            String by) {}
}
