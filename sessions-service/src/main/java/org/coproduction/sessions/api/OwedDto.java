package org.coproduction.sessions.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OwedToPerson", description = "What one person is owed: their CLAIMED and APPROVED lines")
public record OwedDto(
        @Schema(description = "Null once they were erased", example = "0b7c6a52-3f1e-4c1a-9a4e-2f0d7d3c9b11")
        UUID participantId,

        @Schema(required = true, example = "P-3f9a1c07") String payee,
        @Schema(required = true, example = "GBP") String currency,

        @Schema(required = true, description = "The claimed amounts added up", example = "75.00")
        BigDecimal owed,

        @Schema(required = true, description = "How many lines", example = "2")
        long lines,

        @Schema(required = true, description = "The oldest claim", example = "2027-03-02T10:15:00Z")
        Instant oldestOwedSince,

        @Schema(required = true, description = "Whole days since the oldest claim", example = "8")
        long owedDays) {}
