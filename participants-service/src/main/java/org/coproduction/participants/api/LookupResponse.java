package org.coproduction.participants.api;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "LookupResult",
        description =
                "The participants found, in the order asked, and the ids that are not registered (or were erased).")
public record LookupResponse(
        @Schema(required = true, description = "The participants found, in the order their ids were asked for")
        List<ParticipantResponse> items,

        @Schema(
                required = true,
                description =
                        "The ids asked for that name no participant, in the order asked; empty when all were found",
                example = "[]")
        List<UUID> missing) {}
