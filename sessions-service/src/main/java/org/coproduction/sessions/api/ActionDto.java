package org.coproduction.sessions.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.coproduction.platform.text.MultiLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Action", description = "A next step: what, who (an invitee or project member), by when")
public record ActionDto(
        @Schema(required = true, example = "Book the room for May") @NotBlank @Size(max = 1000) @MultiLine
        String description,

        @Schema(required = true) @NotNull UUID ownerId,
        @Schema(example = "2027-04-12") LocalDate due,

        @Schema(description = "Done yet (false when left out)", example = "false")
        Boolean done) {}
