package org.coproduction.participants.api;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ConsentEvent",
        description = "A consent given or withdrawn, as the service recorded it (its own clock and notice version).")
public record ConsentEventDto(
        @Schema(
                required = true,
                enumeration = {"GIVEN", "WITHDRAWN"},
                example = "WITHDRAWN")
        String action,

        @Schema(
                required = true,
                description = "ALL: everything held; otherwise the one part withdrawn.",
                enumeration = {"ALL", "ACCESS_NEEDS", "FINANCIAL_SUPPORT"},
                example = "ACCESS_NEEDS")
        String part,

        @Schema(required = true, description = "The privacy notice's version at the time.", example = "2026-11")
        String version,

        @Schema(required = true, example = "2026-11-25T10:00:00Z")
        Instant recordedAt) {}
