package org.coproduction.sessions.api;

import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InterpreterBooking", description = "An interpreter booked (or being booked) for a session")
public record InterpreterBookingResponse(
        @Schema(
                required = true,
                description = "The language, lower case; bfi is British Sign Language",
                example = "bfi")
        String language,

        @Schema(required = true, example = "true") boolean booked,

        @Schema(description = "Exact decimal in currency", example = "180.00")
        BigDecimal cost,

        @Schema(required = true, description = "The deployment's currency", example = "GBP")
        String currency,

        @Schema(example = "SL-2291") String reference,

        @Schema(required = true, example = "2027-03-01T10:00:00Z")
        Instant updatedAt) {}
