package org.coproduction.sessions.rest.dto;

import java.util.UUID;
import org.coproduction.sessions.domain.VenueFormat;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The venue of a session")
public record VenueSummary(UUID id,
                           @Schema(example = "Community Hub, Room 2") String name,
                           @Schema(example = "12 High Street, Leeds LS1 4AB") String address,
                           VenueFormat format) {
}
