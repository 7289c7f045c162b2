package org.coproduction.participants.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ParticipantPage", description = "One page of participants.")
public record PageDto(List<ParticipantResponse> items,
                      @Schema(example = "0") int page,
                      @Schema(example = "50") int size,
                      @Schema(description = "How many match the filters in all.", example = "123") long total) {
}
