package org.coproduction.participants.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person's benefits limit as answered to them and to coordinators; never to another service. */
@Schema(
        name = "BenefitsLimit",
        description = "That payments for time may affect the person's benefits, and the limit they want to stay under."
                + " Shown only to the person and coordinators: other services only ever hear yes or no"
                + " (benefits-check). Never set: `paymentsMayAffectBenefits` false, the rest null, version 0.")
public record BenefitsLimitResponse(
        @Schema(required = true, example = "true") boolean paymentsMayAffectBenefits,

        @Schema(
                description = "The most they want to be paid for time in money in one period, in the deployment's"
                        + " currency.",
                example = "20.00")
        BigDecimal limit,

        @Schema(
                enumeration = {"WEEK", "MONTH"},
                example = "WEEK")
        String period,

        @Schema(
                description = "For WEEK the day name each week starts on; for MONTH the day of the month each period"
                        + " starts on (past a month's end: its last day).",
                ref = "BenefitsPeriodStart",
                example = "MONDAY")
        JsonNode periodStartsOn,

        @Schema(example = "Carer's Allowance: I can earn up to the weekly limit.")
        String notes,

        @Schema(readOnly = true, description = "When it was last changed; null if never set.")
        Instant updatedAt,

        @Schema(
                required = true,
                readOnly = true,
                description = "Its version (0 if never set), also sent as the ETag for If-Match.",
                example = "1")
        long version) {

    /**
     * Schema only: the type behind {@code BenefitsPeriodStart}, which {@code periodStartsOn} refers to (a day name or a
     * day of the month). Its schema, a oneOf of a text and a number that annotations cannot say, is given in
     * application.properties ({@code mp.openapi.schema.*}).
     */
    public static final class PeriodStart {
        private PeriodStart() {}
    }
}
