package org.coproduction.participants.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.coproduction.platform.text.MultiLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Absence",
        description = "A period the person cannot take part, as UTC instants; `to` is exclusive and after `from`.")
public record AbsenceDto(
        @Schema(example = "2027-04-01T00:00:00Z") @NotNull Instant from,
        @Schema(example = "2027-04-15T00:00:00Z") @NotNull Instant to,

        @Schema(example = "holiday", maxLength = 200) @Size(max = 200) @MultiLine
        String reason) {}
