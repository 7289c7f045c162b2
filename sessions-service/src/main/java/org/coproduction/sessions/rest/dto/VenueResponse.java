package org.coproduction.sessions.rest.dto;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.coproduction.sessions.domain.AccessNeed;
import org.coproduction.sessions.domain.VenueFormat;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A room or an online space and its access features")
public record VenueResponse(UUID id,
                            @Schema(example = "Community Hub, Room 2") String name,
                            @Schema(example = "12 High Street, Leeds LS1 4AB") String address,
                            VenueFormat format,
                            Set<AccessNeed> features,
                            Instant createdAt,
                            @Schema(example = "0") long version) {
}
