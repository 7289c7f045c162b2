package org.coproduction.sessions.rest.dto;

import java.math.BigDecimal;
import java.util.UUID;
import org.coproduction.sessions.domain.costs.CostItem;
import org.coproduction.sessions.domain.costs.PaidAs;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One amount for one person")
public record CostLineDto(UUID participantId,
                          @Schema(example = "TIME") CostItem item,
                          @Schema(description = "Exact decimal in the estimate's currency", example = "37.50")
                          BigDecimal amount,
                          @Schema(example = "MONEY") PaidAs paidAs) {
}
