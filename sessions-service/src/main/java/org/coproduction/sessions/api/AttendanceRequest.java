package org.coproduction.sessions.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Who came (invitees only); replaces any earlier record")
public record AttendanceRequest(
        @Schema(required = true) @NotNull @Size(max = 1000) List<@NotNull UUID> attended) {}
