package org.coproduction.participants.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.coproduction.participants.domain.BenefitsPeriod;
import org.coproduction.platform.text.MultiLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A person's benefits limit as written by them or a coordinator. The read-only fields of a {@link BenefitsLimitResponse}
 * are accepted and ignored, so what was read can be sent back; any other unknown field is refused.
 */
@Schema(
        name = "BenefitsLimitInput",
        description =
                "That payments for time may affect the person's benefits, and the limit they want to stay under in"
                        + " each week or monthly assessment period. `limit` and `period` come together or not at all.")
@JsonIgnoreProperties(value = {"updatedAt", "version"})
public record BenefitsLimitRequest(
        @Schema(
                required = true,
                description = "The person told us that payments for time may affect their benefits.",
                example = "true")
        @NotNull
        Boolean paymentsMayAffectBenefits,

        @Schema(
                description = "The most they want to be paid for time in money in one period, in the deployment's"
                        + " currency: a number (not a string) more than 0, at most 100000, with at most 2 decimal"
                        + " places. Only with `paymentsMayAffectBenefits` true, and only with a `period`.",
                example = "20.00",
                minimum = "0",
                exclusiveMinimum = true,
                maximum = "100000",
                multipleOf = 0.01)
        BigDecimal limit,

        @Schema(
                description = "WEEK (some benefits are assessed weekly) or MONTH (Universal Credit's monthly"
                        + " assessment period). Only with a `limit`.",
                enumeration = {"WEEK", "MONTH"},
                example = "WEEK")
        @EnumName(BenefitsPeriod.class)
        String period,

        @Schema(
                description = "When each period starts: for WEEK a day name (default MONDAY); for MONTH a day of the"
                        + " month from 1 to 31 (default 1), where a day past a month's end means its last day, as"
                        + " Universal Credit's assessment periods do (31 starts on 30 April and 28 or 29 February)."
                        + " Only with a `period`.",
                ref = "BenefitsPeriodStart",
                example = "MONDAY")
        JsonNode periodStartsOn,

        @Schema(
                description = "Anything else about it, in the person's own words; may span lines.",
                example = "Carer's Allowance: I can earn up to the weekly limit.",
                maxLength = 500)
        @Size(max = 500)
        @MultiLine
        String notes) {}
