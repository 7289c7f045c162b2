package org.coproduction.sessions.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A candidate time with who can come and who cannot (and why)")
public record SlotDto(@Schema(example = "2027-03-29T17:00:00Z") Instant start,
                      @Schema(example = "2027-03-29T18:30:00Z") Instant end,
                      @Schema(description = "Participant ids of the people free at this time") List<UUID> available,
                      List<ConflictDto> unavailable) {
}
