package org.coproduction.notifications.rest;

import org.coproduction.notifications.delivery.summary.DeliverySummaryRules;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DeliverySummary", description = "How the digests of some people reached them over a period")
public record DeliverySummary(
        @Schema(
                required = true,
                description = "Digests that fell due in the period (one skipped for having nothing new is not counted)",
                example = "20")
        long digestsDue,

        @Schema(
                required = true,
                description = "Of those, sent or made ready as a letter or call sheet within 24 hours of falling due",
                example = "18")
        long digestsOnTime,

        @Schema(required = true, description = "People with at least one digest delivered in the period", example = "6")
        long people,

        @Schema(
                required = true,
                description = "Of those, people whose every delivered digest (that recorded it) was in the language "
                        + "and format they asked for",
                example = "5")
        long reachedInOwnLanguageAndFormat) {

    static DeliverySummary of(DeliverySummaryRules.Summary s) {
        return new DeliverySummary(s.digestsDue(), s.digestsOnTime(), s.people(), s.reachedInOwnLanguageAndFormat());
    }
}
