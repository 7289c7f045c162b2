package org.coproduction.sessions.api;

import java.util.UUID;
import org.coproduction.sessions.domain.VenueFormat;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The venue of a session")
public record VenueSummary(
        @Schema(required = true, description = "Its id", example = "5f0c1d2e-8a7b-4c3d-9e1f-2a3b4c5d6e7f")
        UUID id,

        @Schema(required = true, example = "Community Hub, Room 2")
        String name,

        @Schema(example = "12 High Street, Leeds LS1 4AB") String address,
        @Schema(required = true) VenueFormat format) {}
