package org.coproduction.participants.api;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "LookupResult",
        description =
                "The participants found, in the order asked, and the ids that are not registered (or were erased).")
public record LookupResponse(List<ParticipantResponse> items, List<UUID> missing) {}
