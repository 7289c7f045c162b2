package org.coproduction.sessions.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "StandardsEvidence",
        description = "A project's evidence against the seven National Standards for Community Engagement over a "
                + "period, computed from what the suite holds")
public record StandardsResponse(
        @Schema(required = true, example = "0b7c6a52-3f1e-4c1a-9a4e-2f0d7d3c9b11")
        UUID projectId,

        @Schema(required = true, example = "Crisis line redesign")
        String projectName,

        @Schema(required = true, description = "First day of the period (UTC)", example = "2026-01-01")
        LocalDate from,

        @Schema(required = true, description = "Last day of the period (UTC), included", example = "2026-12-31")
        LocalDate to,

        @Schema(required = true, example = "2027-01-04T09:00:00Z")
        Instant generatedAt,

        @Schema(required = true, description = "All seven, always, in the standards' order")
        List<StandardDto> standards,

        @Schema(description = "The indicator with the lowest figure and what to do about it; null when none has one")
        WeakestDto weakest) {

    @Schema(name = "StandardEvidence")
    public record StandardDto(
            @Schema(
                    required = true,
                    enumeration = {
                        "INCLUSION",
                        "SUPPORT",
                        "PLANNING",
                        "WORKING_TOGETHER",
                        "METHODS",
                        "COMMUNICATION",
                        "IMPACT"
                    },
                    example = "INCLUSION")
            String standard,

            @Schema(required = true, example = "Inclusion") String name,
            @Schema(required = true) List<IndicatorDto> indicators) {}

    @Schema(name = "StandardIndicator")
    public record IndicatorDto(
            @Schema(required = true, example = "INVITATIONS_ATTENDED")
            String code,

            @Schema(required = true, example = "Invitations that led to someone coming")
            String name,

            @Schema(
                    description = "The share that went well, 0 to 1 with two decimals; null with nothing to measure "
                            + "or when it could not be measured",
                    example = "0.75")
            BigDecimal figure,

            @Schema(description = "What went well; null when it could not be measured", example = "15")
            Long numerator,

            @Schema(description = "What was measured; null when it could not be measured", example = "20")
            Long denominator,

            @Schema(required = true, example = "15 of 20 invitations led to someone coming (75%).")
            String sentence) {}

    @Schema(name = "WeakestIndicator")
    public record WeakestDto(
            @Schema(required = true, example = "SUPPORT") String standard,

            @Schema(required = true, example = "PAYMENTS_WITHIN_14_DAYS")
            String code,

            @Schema(
                    required = true,
                    example = "Approve and pay claims sooner: look at what is owed (GET /payments/owed) every week.")
            String advice) {}
}
