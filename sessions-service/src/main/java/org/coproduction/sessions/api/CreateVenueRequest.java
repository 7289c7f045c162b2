package org.coproduction.sessions.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.coproduction.sessions.domain.AccessNeed;
import org.coproduction.sessions.domain.VenueFormat;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A room or an online space")
public record CreateVenueRequest(
        @Schema(required = true, example = "Community Hub, Room 2") @NotBlank @Size(max = 200)
        String name,

        @Schema(example = "12 High Street, Leeds LS1 4AB") @Size(max = 1000)
        String address,

        @Schema(required = true, example = "IN_PERSON") @NotNull
        VenueFormat format,

        @Schema(
                description = "Access features offered (the shared needs vocabulary)",
                example = "[\"STEP_FREE_ACCESS\", \"HEARING_LOOP\"]")
        @Size(max = 20)
        Set<@NotNull AccessNeed> features) {}
