package org.coproduction.sessions.api;

import org.coproduction.sessions.domain.costs.PaidAs;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A coordinator approves a claimed line")
public record ApproveRequest(
        @Schema(description = "MONEY or VOUCHERS; null keeps what the line says")
        PaidAs paidAs,

        @Schema(
                description = "True when the person agreed to be paid in money although it could cross their "
                        + "benefits limit",
                example = "false")
        Boolean acknowledgeBenefitsWarning) {}
