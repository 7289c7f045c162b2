package org.coproduction.sessions.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "Best slots first: every required person free, then most people free, then people most often "
                + "left out of their projects' recent sessions, then earliest. `people` says why when nothing fits.")
public record SlotSearchResponse(
        @Schema(required = true) List<SlotDto> slots,

        @Schema(required = true, description = "Candidate start times weighed", example = "2160")
        int candidateSlots,

        @Schema(required = true) List<PersonSlotSummaryDto> people) {}
