package org.coproduction.sessions.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.coproduction.platform.text.MultiLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new co-production group")
public record CreateProjectRequest(
        @Schema(required = true, example = "Redesigning the crisis line") @NotBlank @Size(max = 200)
        String name,

        @Schema(example = "People who have used the crisis line and its staff redesign it together")
        @Size(max = 4000)
        @MultiLine
        String purpose,

        @Schema(
                description = "Participant ids (checked against participants-service)",
                example = "[\"0b7c6a52-3f1e-4c1a-9a4e-2f0d7d3c9b11\"]")
        @Size(max = 1000)
        List<@NotNull UUID> memberIds,

        @Schema(
                description = "Participant ids of the project's coordinators, 0 to 20, each registered with role "
                        + "COORDINATOR in participants-service; they hear the weekly engagement summary",
                example = "[\"3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a99\"]")
        @Size(max = 20)
        List<@NotNull UUID> coordinatorIds) {}
