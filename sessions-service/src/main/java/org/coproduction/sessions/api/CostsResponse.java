package org.coproduction.sessions.api;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a session is estimated to cost in payments for time and support")
public record CostsResponse(
        @Schema(required = true, example = "GBP") String currency,
        @Schema(required = true) List<CostLineDto> lines,

        @Schema(required = true, description = "Every line, vouchers included", example = "117.50")
        BigDecimal total,

        @Schema(required = true, description = "The part paid in vouchers", example = "30.00")
        BigDecimal vouchersTotal) {}
