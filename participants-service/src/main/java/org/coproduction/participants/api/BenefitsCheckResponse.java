package org.coproduction.participants.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Yes or no, and nothing else: the limit, its period and the total never leave participants-service. */
@Schema(
        name = "BenefitsCheckResult",
        description = "Whether the proposed payment would take the person over the limit they asked us to keep to.")
public record BenefitsCheckResponse(
        @Schema(
                required = true,
                description = "True when the proposed amount plus the earlier ones in the same period is more than"
                        + " the person's limit; false when it is not, or when they recorded no limit.",
                example = "false")
        boolean crossesLimit) {}
