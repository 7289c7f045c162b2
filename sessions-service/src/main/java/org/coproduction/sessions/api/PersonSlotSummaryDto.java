package org.coproduction.sessions.api;

import java.util.Map;
import java.util.UUID;
import org.coproduction.sessions.domain.slots.UnavailableReason;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "PersonSlotSummary",
        description = "Over every candidate time: how many a person could take, and how many each rule ruled out")
public record PersonSlotSummaryDto(
        @Schema(required = true, description = "The participant", example = "0b7c6a52-3f1e-4c1a-9a4e-2f0d7d3c9b11")
        UUID participantId,

        @Schema(required = true, example = "12") int freeSlots,

        @Schema(required = true, example = "{\"OUTSIDE_AVAILABILITY\": 300, \"ABSENT\": 24}")
        Map<UnavailableReason, Integer> reasons) {}
