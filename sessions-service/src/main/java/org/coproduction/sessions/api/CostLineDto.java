package org.coproduction.sessions.api;

import java.math.BigDecimal;
import java.util.UUID;
import org.coproduction.sessions.domain.costs.CostItem;
import org.coproduction.sessions.domain.costs.PaidAs;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CostLine", description = "One amount for one person")
public record CostLineDto(
        @Schema(required = true, description = "The participant", example = "0b7c6a52-3f1e-4c1a-9a4e-2f0d7d3c9b11")
        UUID participantId,

        @Schema(required = true, example = "TIME") CostItem item,

        @Schema(required = true, description = "Exact decimal in the estimate's currency", example = "37.50")
        BigDecimal amount,

        @Schema(required = true, example = "MONEY") PaidAs paidAs) {}
